package org.actorgraph.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the arms-news benchmark corpus: the articles of the given inputs (folders of {@code .txt} files, one article
 * each, and {@code .jsonl} files), taken in turn, repeated to COUNT documents with distinct ids ({@code news-NNNNNN-ID}).
 * Nothing is printed of the texts. Usage: NewsCorpus OUT.jsonl COUNT INPUT...
 */
public final class NewsCorpus {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<String[]> articles = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path in = Path.of(args[i]);
            List<Path> files;
            try (Stream<Path> s = Files.isDirectory(in) ? Files.list(in) : Stream.of(in)) {
                files = s.sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt")) {
                    articles.add(new String[] {name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8)});
                } else if (name.endsWith(".jsonl")) {
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        if (!line.isBlank()) {
                            var o = JsonParser.parseString(line).getAsJsonObject();
                            articles.add(new String[] {o.get("id").getAsString(), o.get("text").getAsString()});
                        }
                    }
                }
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no .txt or .jsonl articles in the inputs");
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int d = 0; d < count; d++) {
                String[] a = articles.get(d % articles.size());
                JsonObject o = new JsonObject();
                o.addProperty("id", String.format("news-%06d-%s", d, a[0]));
                o.addProperty("text", a[1]);
                w.write(o.toString());
                w.newLine();
            }
        }
        System.out.printf("%s: %d documents repeating %d articles%n", out, count, articles.size());
    }
}
