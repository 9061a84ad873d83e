package org.actorgraph.robustness;

import java.util.Random;

/** Seeded generators of hostile input: random bytes, random Unicode, random and broken JSON, short texts. */
final class RandomText {
    private final Random random;

    RandomText(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    private static final String[] WORDS = {"la", "France", "a", "vendu", "des", "Rafale", "à", "l'Inde", "Arménie",
        "Russie", "accuse", "Washington", "de", "livrer", "armes", "Ukraine", "selon", "le", "ministère", "chinois",
        "n'a", "pas", "», «", "l’", "Thales", "canons", "Caesar", "qui", "elle", "ces", "trois", "pays", "PARIS,",
        "3 mars 2024 -", "Taïwan", "missiles", "aurait", "annulé", "contrat", "ont", "été", "équipé", "et", "ou"};
    private static final String ODD = "\u0085\u2028\u2029\u200B\u200F\u202E\uFEFF\u00A0\t\r\u000B\u0001\u001B";

    byte[] bytes(int max) {
        byte[] b = new byte[random.nextInt(max + 1)];
        random.nextBytes(b);
        return b;
    }

    /** Any code points: letters of many scripts, combining marks, emoji, controls, lone surrogates. */
    String unicode(int maxChars) {
        int n = random.nextInt(maxChars + 1);
        StringBuilder sb = new StringBuilder(n);
        while (sb.length() < n) {
            switch (random.nextInt(6)) {
                case 0 -> sb.appendCodePoint(random.nextInt(0x80));
                case 1 -> sb.appendCodePoint(0x80 + random.nextInt(0x800 - 0x80));
                case 2 -> sb.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
                case 3 -> sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
                case 4 -> sb.append(ODD.charAt(random.nextInt(ODD.length())));
                default -> sb.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return sb.toString();
    }

    /** A short text of French words, actor names and odd characters, with or without punctuation. */
    String shortText(int maxWords) {
        int n = 1 + random.nextInt(maxWords);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = random.nextInt(20);
            if (k == 0) {
                sb.append(unicode(4));
            } else if (k == 1) {
                sb.append(". ");
            } else if (k == 2) {
                sb.append('\n');
            } else {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? ", " : " ");
            }
        }
        return sb.toString();
    }

    /** A JSON line: a well-formed article, or one with fields missing, of the wrong type, or cut short. */
    String jsonLine() {
        StringBuilder sb = new StringBuilder("{");
        String[] fields = {"id", "text", "title", "date", "url", "source", "autre"};
        int n = random.nextInt(fields.length + 1);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(quote(random.nextInt(10) == 0 ? unicode(6) : fields[random.nextInt(fields.length)])).append(": ");
            sb.append(jsonValue(2));
        }
        if (random.nextBoolean()) {
            sb.setLength(0);
            sb.append("{\"id\": ").append(quote(random.nextInt(4) == 0 ? unicode(8) : "d" + random.nextInt(50)))
                    .append(", \"text\": ").append(quote(random.nextBoolean() ? shortText(30) : unicode(60)));
        }
        sb.append('}');
        String line = sb.toString();
        return switch (random.nextInt(8)) {
            case 0 -> line.substring(0, random.nextInt(line.length() + 1)); // truncated
            case 1 -> line.replace('"', '\'');
            case 2 -> line + line;
            default -> line;
        };
    }

    private String jsonValue(int depth) {
        int k = random.nextInt(depth > 0 ? 7 : 4);
        return switch (k) {
            case 0 -> quote(unicode(20));
            case 1 -> String.valueOf(random.nextGaussian() * 1e6);
            case 2 -> random.nextBoolean() ? "null" : "true";
            case 3 -> quote(shortText(10));
            case 4 -> "[" + jsonValue(depth - 1) + ", " + jsonValue(depth - 1) + "]";
            case 5 -> "{\"k\": " + jsonValue(depth - 1) + "}";
            default -> "[".repeat(300) + "]".repeat(random.nextInt(301));
        };
    }

    /** A JSON string literal; sometimes with \\u escapes, including a lone surrogate or NUL. */
    String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || random.nextInt(50) == 0) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (random.nextInt(30) == 0) {
            sb.append(random.nextBoolean() ? "\\u0000" : "\\ud83d");
        }
        return sb.append('"').toString();
    }
}
