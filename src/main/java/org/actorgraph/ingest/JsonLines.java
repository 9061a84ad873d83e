package org.actorgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads JSON Lines articles (.jsonl, .jsonl.gz): one object per line with id and text. */
final class JsonLines {
    private JsonLines() {}

    /** An id names the document's IRI and appears in messages: a line, not a text. */
    static final int MAX_ID_CHARS = 512;

    /** Streams the documents of one file; a bad line is passed to the sink as an error. False: stop reading. */
    static boolean read(Path file, DocumentSink sink) {
        boolean gzip = file.toString().endsWith(".gz");
        long lineNo = 0;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteLines lines = new ByteLines(in, ReadLimits.MAX_DOCUMENT_BYTES);
            boolean anyLine = false;
            boolean warnedEncoding = false;
            ByteLines.Line line;
            while ((line = lines.next()) != null) {
                lineNo++;
                if (line.tooLong()) {
                    anyLine = true;
                    if (!sink.error(new InputError(file, lineNo, "line " + ReadLimits.tooLarge(line.length())))) {
                        return false;
                    }
                    continue;
                }
                if (new String(line.bytes(), TextDecoding.WINDOWS_1252).isBlank()) {
                    continue;
                }
                anyLine = true;
                Document doc;
                try {
                    TextDecoding.Decoded decoded = TextDecoding.decode(line.bytes());
                    if (decoded.fallback() != null && !warnedEncoding) {
                        ArticleText.warnEncoding(file, lineNo, decoded.fallback(), sink);
                        warnedEncoding = true;
                    }
                    doc = parse(file, lineNo, decoded.text(), sink);
                } catch (TextDecoding.NotText e) {
                    // A binary file split at its newline bytes would give one error per "line": report it once.
                    return sink.error(new InputError(file, lineNo, e.getMessage() + "; the rest of the file is skipped"));
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
            return anyLine || sink.error(new InputError(file, "empty file"));
        } catch (ZipException e) {
            return sink.error(new InputError(file, "not a gzip file (" + e.getMessage() + ")"));
        } catch (EOFException e) {
            return sink.error(new InputError(file, lineNo + 1, (gzip ? "the gzip file is truncated" : "unexpected end of file")
                    + " (" + e.getMessage() + "); the lines before were read"));
        } catch (IOException e) {
            return sink.error(new InputError(file, "cannot read file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    static Document parse(Path file, long lineNo, String line, DocumentSink sink) {
        JsonObject obj;
        try {
            JsonReader reader = new JsonReader(new StringReader(line));
            reader.setStrictness(Strictness.STRICT);
            JsonElement el = JsonParser.parseReader(reader);
            if (!atEnd(reader)) {
                throw new InputError(file, lineNo, "malformed JSON (more than one value on the line)");
            }
            if (!el.isJsonObject()) {
                throw new InputError(file, lineNo, "expected a JSON object, found " + kind(el));
            }
            obj = el.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new InputError(file, lineNo, "malformed JSON (" + reason(e.getMessage()) + ")");
        }
        String id = field(file, lineNo, obj, "id", true);
        String text = field(file, lineNo, obj, "text", true);
        if (id.isBlank()) {
            throw new InputError(file, lineNo, "empty \"id\"");
        }
        if (id.length() > MAX_ID_CHARS) {
            throw new InputError(file, lineNo, "\"id\" is " + id.length() + " characters long (at most " + MAX_ID_CHARS + ")");
        }
        if (id.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE)) {
            throw new InputError(file, lineNo, "\"id\" holds control characters or broken UTF-16");
        }
        text = ArticleText.of(file, lineNo, text, sink);
        String date = field(file, lineNo, obj, "date", false);
        return new Document(id, text, field(file, lineNo, obj, "title", false), date != null ? date : Dateline.date(text),
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

    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | JsonParseException e) {
            return false;
        }
    }

    private static final Pattern GSON_MESSAGE = Pattern.compile("^(.*?) at line \\d+ column (\\d+)");

    /** Gson's message without its advice on leniency: "Unterminated string, column 45". */
    static String reason(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("")
                .replaceFirst("^([a-z]+\\.)+[A-Za-z]+Exception: ", "");
        Matcher m = GSON_MESSAGE.matcher(first);
        if (!m.find()) {
            return first;
        }
        String what = m.group(1).startsWith("Use JsonReader.setStrictness") ? "unexpected character" : m.group(1);
        return what + ", column " + m.group(2);
    }
}
