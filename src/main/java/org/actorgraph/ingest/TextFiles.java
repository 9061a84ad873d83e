package org.actorgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a plain-text article: one file, one document (UTF-8, or another encoding with a warning). */
final class TextFiles {
    private TextFiles() {}

    static Document read(Path file, DocumentSink sink) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > ReadLimits.MAX_DOCUMENT_BYTES) {
                throw new InputError(file, "file " + ReadLimits.tooLarge(size));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputError(file, "cannot read file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new InputError(file, "empty file");
        }
        TextDecoding.Decoded decoded;
        try {
            decoded = TextDecoding.decode(bytes);
        } catch (TextDecoding.NotText e) {
            throw new InputError(file, e.getMessage());
        }
        String text = ArticleText.of(file, 0, decoded.text(), sink);
        if (decoded.fallback() != null) {
            ArticleText.warnEncoding(file, 0, decoded.fallback(), sink);
        }
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        return new Document(id, text, null, Dateline.date(text), null, null, file.toString());
    }
}
