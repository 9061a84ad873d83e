package org.actorgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** Reads the files in order; stops early when the sink says so. */
    public static void read(List<Path> files, DocumentSink sink) {
        read(files, Integer.MAX_VALUE, sink);
    }

    /**
     * Reads the files in order; stops early when the sink says so. A .txt file that cannot hold at most
     * {@code maxChars} characters (more than 4 bytes of UTF-8 each) is refused without being read; the sink
     * checks the exact length of what is read.
     */
    public static void read(List<Path> files, int maxChars, DocumentSink sink) {
        for (Path f : files) {
            if (f.getFileName().toString().endsWith(".txt")) {
                Document doc;
                try {
                    long bytes = Files.size(f);
                    if (bytes > 4L * maxChars) {
                        throw new InputError(f, String.format(Locale.ROOT, "file of %,d bytes, more than --max-doc-chars %,d characters allow;"
                                + " split it or raise the bound", bytes, maxChars));
                    }
                    doc = TextFiles.read(f);
                } catch (IOException e) {
                    if (!sink.error(new InputError(f, "cannot read file (" + e.getMessage() + ")"))) {
                        return;
                    }
                    continue;
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
}
