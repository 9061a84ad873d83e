package org.actorgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.actorgraph.pipeline.BuildReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a build is: a progress bar on a terminal (documents, documents per second, ETA when the
 * total is cheap to count), a plain log line every few seconds otherwise (a log file, CI, a pipe).
 */
final class BuildProgress implements Consumer<BuildReport>, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("kg.build");

    private final List<Path> files;
    private final boolean onTerminal;
    private final long logEveryNanos;
    private ProgressBar bar;
    private long started;
    private long lastLog;

    private BuildProgress(List<Path> files, boolean onTerminal, long logEverySeconds) {
        this.files = files;
        this.onTerminal = onTerminal;
        this.logEveryNanos = logEverySeconds * 1_000_000_000L;
    }

    static BuildProgress forConsole(List<Path> files, long logEverySeconds) {
        return new BuildProgress(files, System.console() != null, logEverySeconds);
    }

    /** Made at the first document, after the models are loaded, so that speed and ETA are the build's own. */
    private ProgressBar newBar() {
        return new ProgressBarBuilder()
                .setTaskName("kg build")
                .setInitialMax(countDocuments(files))
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(500)
                .build();
    }

    @Override
    public void accept(BuildReport r) {
        if (onTerminal) {
            if (bar == null) {
                bar = newBar();
            }
            bar.stepTo(r.done());
            bar.setExtraMessage(r.failed() > 0 ? r.failed() + " failed" : "");
            return;
        }
        long now = System.nanoTime();
        if (started == 0) {
            started = now;
            lastLog = now;
        }
        if (now - lastLog >= logEveryNanos) {
            lastLog = now;
            double secs = (now - started) / 1e9;
            log.info(String.format(Locale.ROOT, "%d documents done: %d written, %d unchanged, %d failed; %.2f documents/s",
                    r.done(), r.written(), r.unchanged(), r.failed(), r.done() / secs));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /**
     * Documents in the inputs when that is cheap: one per .txt file, one per non-blank line of .jsonl
     * (read once, without parsing). -1, an indeterminate bar, when there is a .jsonl.gz.
     */
    private static long countDocuments(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".txt")) {
                n++;
            } else if (name.endsWith(".jsonl")) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
                    n += r.lines().filter(l -> !l.isBlank()).count();
                } catch (IOException | java.io.UncheckedIOException e) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        return n;
    }
}
