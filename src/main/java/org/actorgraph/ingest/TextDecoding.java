package org.actorgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article into text: UTF-8 when they are valid UTF-8 (a byte-order mark is dropped),
 * UTF-16 when they start with its byte-order mark, otherwise windows-1252, the superset of Latin-1 that
 * French text in another encoding almost always is. Bytes that are none of these, or hold NUL bytes or
 * many control characters, are not text.
 */
final class TextDecoding {
    private TextDecoding() {}

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text, and the encoding it was read in when that was not UTF-8 (null for UTF-8). */
    record Decoded(String text, String fallback) {}

    /** Thrown (as a message) when the bytes are not text in any encoding we read. */
    static final class NotText extends Exception {
        NotText(String problem) {
            super(problem, null, false, false);
        }
    }

    static Decoded decode(byte[] bytes) throws NotText {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(StandardCharsets.UTF_16LE, bytes);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(StandardCharsets.UTF_16BE, bytes);
        }
        checkNotBinary(bytes);
        String utf8 = strict(StandardCharsets.UTF_8, bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0);
        if (utf8 != null) {
            return new Decoded(utf8, null);
        }
        String cp1252 = strict(WINDOWS_1252, bytes, 0);
        if (cp1252 == null) {
            throw new NotText("not text: neither UTF-8 nor windows-1252 (Latin-1)");
        }
        return new Decoded(cp1252, "windows-1252 (Latin-1)");
    }

    private static Decoded utf16(Charset cs, byte[] bytes) throws NotText {
        String text = strict(cs, bytes, 2);
        if (text == null || text.indexOf('\u0000') >= 0) {
            throw new NotText("not text: starts with a UTF-16 byte-order mark but is not valid UTF-16");
        }
        return new Decoded(text, cs.name());
    }

    /** Refuses bytes that hold a NUL byte, or in which more than one byte in twenty is a control character. */
    static void checkNotBinary(byte[] bytes) throws NotText {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new NotText("binary file, not text (it holds NUL bytes)");
            }
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        if (controls > 0 && controls * 20L > bytes.length) {
            throw new NotText("binary file, not text (" + controls + " control characters in " + bytes.length + " bytes)");
        }
    }

    private static String strict(Charset cs, byte[] bytes, int offset) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
