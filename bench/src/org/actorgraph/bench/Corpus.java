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
import java.util.Random;

/**
 * Makes a larger benchmark corpus from the sentences of the given JSON Lines files: COUNT documents of
 * SENTENCES sentences each, drawn with a fixed seed, with unique ids (so reruns give the same corpus).
 * Usage: Corpus OUT.jsonl COUNT SENTENCES IN.jsonl...
 */
public final class Corpus {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int perDoc = Integer.parseInt(args[2]);
        List<String> sentences = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    String text = JsonParser.parseString(line).getAsJsonObject().get("text").getAsString();
                    for (String s : text.split("(?<=[.!?])\\s+(?=[\\p{Lu}«\"])")) {
                        if (!s.isBlank()) {
                            sentences.add(s.strip());
                        }
                    }
                }
            }
        }
        Random random = new Random(20261125L);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int d = 0; d < count; d++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < perDoc; k++) {
                    text.append(k > 0 ? " " : "").append(sentences.get(random.nextInt(sentences.size())));
                }
                JsonObject o = new JsonObject();
                o.addProperty("id", String.format("bench-%06d", d));
                o.addProperty("text", text.toString());
                w.write(o.toString());
                w.newLine();
            }
        }
        System.out.printf("%s: %d documents of %d sentences drawn from %d sentences%n", out, count, perDoc, sentences.size());
    }
}
