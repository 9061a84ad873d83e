package org.actorgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Sends the UTF-8 bytes Jena's writers produce to the command line's out writer, decoding as it goes
 * (a character split across two writes is kept until its last byte arrives). Closing flushes the
 * writer but does not close it.
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, in.remaining());
            in.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    private void decode(boolean endOfInput) {
        in.flip();
        while (true) {
            var result = decoder.decode(in, chars, endOfInput);
            drain();
            if (!result.isOverflow()) {
                break;
            }
        }
        in.compact();
    }

    private void drain() {
        chars.flip();
        writer.append(chars);
        chars.clear();
    }

    @Override
    public void flush() {
        writer.flush();
    }

    @Override
    public void close() {
        decode(true);
        decoder.flush(chars);
        drain();
        decoder.reset();
        writer.flush();
    }
}
