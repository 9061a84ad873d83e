package org.actorgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code -o/--out} option of the commands that write a document ({@code export}, {@code viz}), and the
 * one way commands write what they produce: to standard output (the command line's out writer, which
 * tests capture), or to a file that appears only when it is complete.
 */
public final class OutputOption {
    /** Writes the whole output to a stream. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write: FILE (it appears only when complete) or - for standard output.")
    Path file;

    /** The file asked for, else {@code fallback}; {@code null} or {@code -} mean standard output. */
    Path target(Path fallback) {
        Path t = file != null ? file : fallback;
        return t == null || t.toString().equals("-") ? null : t;
    }

    /** Writes to {@link #target(Path)}; the error for a file that cannot be written is one line, exit 1. */
    void write(CommandLine cmd, Path fallback, Body body) {
        Path target = target(fallback);
        if (target == null) {
            toStdout(cmd, body);
        } else {
            toFile(target, body);
        }
    }

    /** Writes to the command's out writer, decoding the UTF-8 bytes the body writes. */
    static void toStdout(CommandLine cmd, Body body) {
        cmd.getOut().flush();
        try (WriterOutputStream bytes = new WriterOutputStream(cmd.getOut())) {
            body.writeTo(bytes);
        } catch (IOException e) {
            throw KgError.failed("cannot write to standard output (" + e.getMessage() + ")", e);
        }
    }

    /** Writes next to the target and renames at the end, so that a failed write leaves no partial file. */
    static void toFile(Path file, Body body) {
        Path target = file.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                body.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the error below is what the user needs to see
            }
            throw KgError.failed(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
