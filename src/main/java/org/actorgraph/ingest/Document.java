package org.actorgraph.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One article: its id, its text and the metadata a reader found. Optional fields may be null. */
public record Document(String id, String text, String title, String date, String url, String source, String origin)
        implements Serializable {

    /** SHA-256 of the text, hex: identifies a version of the document. */
    public String textHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
