package org.actorgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at '\n' (a '\r' before it is dropped). Lines are kept as bytes so that
 * each can be decoded on its own; a line longer than a bound is counted and passed over, never held.
 */
final class ByteLines {
    /** One line: its bytes, or null when it was longer than the bound; length is the full length. */
    record Line(byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;

    ByteLines(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        while (true) {
            if (pos == end) {
                end = in.read(buf);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return length == 0 ? null : finish(line, length);
                }
            }
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (length + n <= max) {
                line.write(buf, start, n);
            }
            length += n;
            if (pos < end) {
                pos++;
                return finish(line, length);
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, long length) {
        if (length > max) {
            return new Line(null, length);
        }
        byte[] b = line.toByteArray();
        if (b.length > 0 && b[b.length - 1] == '\r') {
            return new Line(java.util.Arrays.copyOf(b, b.length - 1), length);
        }
        return new Line(b, length);
    }
}
