package org.actorgraph.ingest;

import java.nio.file.Path;

/** The checks and repairs an article's text goes through, whichever reader found it. */
final class ArticleText {
    private ArticleText() {}

    /** The text to analyse; an HTML page is turned into its text, with a warning. Throws when there is no text. */
    static String of(Path file, long line, String text, DocumentSink sink) {
        if (text.indexOf('\u0000') >= 0) {
            throw new InputError(file, line, "binary data, not text (it holds NUL characters)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputError(file, line, line > 0 ? "empty \"text\"" : "empty file");
        }
        String repaired = replaceLoneSurrogates(text);
        if (!repaired.equals(text)) {
            // Only JSON escapes such as "\ud83d" can make them; CoreNLP's French tokenizer dies on them.
            sink.warning(InputWarning.repaired(file, line, "broken UTF-16 (a lone surrogate escape) replaced by U+FFFD"));
            text = repaired;
        }
        if (HtmlText.looksLikeHtml(text)) {
            String plain = HtmlText.toText(text);
            if (plain.isBlank()) {
                throw new InputError(file, line, "HTML page with no text in it");
            }
            sink.warning(InputWarning.repaired(file, line, "HTML, not plain text: tags taken out, the text kept"));
            return plain;
        }
        return text;
    }

    static String replaceLoneSurrogates(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    /** Warns that a text was not UTF-8 and was read in another encoding. */
    static void warnEncoding(Path file, long line, String encoding, DocumentSink sink) {
        sink.warning(InputWarning.repaired(file, line, "not UTF-8; read as " + encoding
                + (line > 0 ? " (and any later line of this file that is not UTF-8)" : "")));
    }
}
