package org.actorgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a plain-text article: one file, one document, strict UTF-8. */
final class TextFiles {
    private TextFiles() {}

    static Document read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputError(file, "cannot read file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(file, "not valid UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new InputError(file, "binary file, not text");
        }
        if (text.isBlank()) {
            throw new InputError(file, "empty file");
        }
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        return new Document(id, text, null, null, null, null, file.toString());
    }
}
