package org.actorgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads JSON Lines articles (.jsonl, .jsonl.gz): one object per line with id and text. */
public final class JsonLines {
    private JsonLines() {}

    /** Streams the documents of one file; a bad line is passed to the sink as an error. False: stop reading. */
    static boolean read(Path file, DocumentSink sink) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            long lineNo = 0;
            String line;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (MalformedInputException e) {
                    return sink.error(new InputError(file, lineNo + 1, "not valid UTF-8 text"));
                }
                if (line == null) {
                    break;
                }
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Document doc;
                try {
                    doc = parse(file, lineNo, line);
                } catch (InputError e) {
                    if (!sink.error(e)) {
                        return false;
                    }
                    continue;
                }
                if (!sink.accept(doc)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return sink.error(new InputError(file, "cannot read file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        } catch (UncheckedIOException e) {
            return sink.error(new InputError(file, "cannot read file (" + e.getCause().getMessage() + ")"));
        }
    }

    /** One JSON line as a document; an InputError naming the file and line when it is not one. */
    public static Document parse(Path file, long lineNo, String line) {
        JsonObject obj;
        try {
            JsonElement el = JsonParser.parseString(line);
            if (!el.isJsonObject()) {
                throw new InputError(file, lineNo, "expected a JSON object, found " + kind(el));
            }
            obj = el.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new InputError(file, lineNo, "malformed JSON (" + firstLine(e.getMessage()) + ")");
        }
        String id = field(file, lineNo, obj, "id", true);
        String text = field(file, lineNo, obj, "text", true);
        if (id.isBlank()) {
            throw new InputError(file, lineNo, "empty \"id\"");
        }
        if (text.isBlank()) {
            throw new InputError(file, lineNo, "empty \"text\"");
        }
        return new Document(id, text, field(file, lineNo, obj, "title", false), field(file, lineNo, obj, "date", false),
                field(file, lineNo, obj, "url", false), field(file, lineNo, obj, "source", false), file + ":" + lineNo);
    }

    private static String field(Path file, long lineNo, JsonObject obj, String name, boolean required) {
        JsonElement el = obj.get(name);
        if (el == null || el.isJsonNull()) {
            if (required) {
                throw new InputError(file, lineNo, "missing \"" + name + "\"");
            }
            return null;
        }
        if (!el.isJsonPrimitive()) {
            throw new InputError(file, lineNo, "\"" + name + "\" must be a string, found " + kind(el));
        }
        return el.getAsString();
    }

    private static String kind(JsonElement el) {
        return el.isJsonArray() ? "an array" : el.isJsonObject() ? "an object" : el.isJsonNull() ? "null" : "a value";
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
