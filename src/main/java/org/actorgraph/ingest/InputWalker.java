package org.actorgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the articles under the paths a user gave and streams them, one at a time, to a sink:
 * .txt files (one article each), .jsonl and .jsonl.gz files (one article a line), and folders of them.
 */
public final class InputWalker {
    private InputWalker() {}

    /** Checks that every path exists and holds something readable; throws on the first that does not. */
    public static List<Path> resolve(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new InputError(p, "no such file or directory");
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(InputWalker::isArticleFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputError(p, "cannot list directory (" + e.getMessage() + ")");
                }
            } else if (isArticleFile(p)) {
                if (!Files.isReadable(p)) {
                    throw new InputError(p, "file is not readable");
                }
                files.add(p);
            } else {
                throw new InputError(p, "unsupported file type (expected .txt, .jsonl or .jsonl.gz)");
            }
        }
        return files;
    }

    public static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".jsonl.gz"));
    }

    /**
     * Reads the files in order; articles not in French are left out with a warning; stops early when the sink
     * says so. No article larger than {@link ReadLimits#MAX_DOCUMENT_BYTES} is read into memory.
     */
    public static void read(List<Path> files, DocumentSink sink) {
        readAnyLanguage(files, new FrenchOnly(sink));
    }

    /**
     * Every document of the files ({@link #read}), in order, in a list: what cannot be read goes to {@code onError}, a
     * warning to {@code onWarning}, and reading goes on (for tools and tests that want the documents at hand).
     */
    public static List<Document> readAll(List<Path> files, Consumer<InputError> onError, Consumer<InputWarning> onWarning) {
        List<Document> docs = new ArrayList<>();
        read(files, new DocumentSink() {
            @Override
            public boolean accept(Document doc) {
                docs.add(doc);
                return true;
            }

            @Override
            public boolean error(InputError e) {
                onError.accept(e);
                return true;
            }

            @Override
            public void warning(InputWarning w) {
                onWarning.accept(w);
            }
        });
        return docs;
    }

    /** The warning that leaves a document out because it is not in French (as {@link #read} gives it), or null. */
    public static InputWarning notFrench(Document doc) {
        String why = LanguageCheck.notFrench(doc.text());
        return why == null ? null : InputWarning.skipped(doc.origin(), why);
    }

    /**
     * Reads the files in order as {@link #read} does, but passes on every document whatever its language: for a
     * command that needs the ids of all the documents it was given, as {@code kg evaluate} does, and for the build,
     * which gives each document to {@link #notFrench} on the threads that analyse documents (the check costs as much
     * as reading).
     */
    public static void readAnyLanguage(List<Path> files, DocumentSink sink) {
        for (Path f : files) {
            if (f.getFileName().toString().endsWith(".txt")) {
                Document doc;
                try {
                    doc = TextFiles.read(f, sink);
                } catch (InputError e) {
                    if (!sink.error(e)) {
                        return;
                    }
                    continue;
                }
                if (!sink.accept(doc)) {
                    return;
                }
            } else if (!JsonLines.read(f, sink)) {
                return;
            }
        }
    }

    /**
     * One JSON Lines record, read and checked exactly as {@code kg build} reads it (for jobs that split the
     * files themselves, such as the Spark job): the sink gets the document, an error or warnings.
     */
    public static boolean readJsonLine(Path file, long lineNo, String line, DocumentSink sink) {
        DocumentSink french = new FrenchOnly(sink);
        Document doc;
        try {
            doc = JsonLines.parse(file, lineNo, line, french);
        } catch (InputError e) {
            return french.error(e);
        }
        return french.accept(doc);
    }

    /** Passes on the documents in French (or too short to tell); warns of the others. */
    private record FrenchOnly(DocumentSink next) implements DocumentSink {
        @Override
        public boolean accept(Document doc) {
            InputWarning notFrench = notFrench(doc);
            if (notFrench != null) {
                next.warning(notFrench);
                return true;
            }
            return next.accept(doc);
        }

        @Override
        public boolean error(InputError error) {
            return next.error(error);
        }

        @Override
        public void warning(InputWarning warning) {
            next.warning(warning);
        }
    }
}
