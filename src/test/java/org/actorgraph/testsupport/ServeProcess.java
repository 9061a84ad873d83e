package org.actorgraph.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kg serve ARGS} as a user runs it: a separate JVM on this test's classpath, stopped with SIGTERM
 * (what Ctrl-C's shutdown hooks also answer to). The dataset URL is read from the line the command prints.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("^Serving .* at (http://\\S+)");

    private final Process process;
    private final String url;
    private final StringBuffer out;
    private final StringBuffer err;

    private final List<Thread> readers;

    private ServeProcess(Process process, String url, StringBuffer out, StringBuffer err, List<Thread> readers) {
        this.process = process;
        this.readers = readers;
        this.url = url;
        this.out = out;
        this.err = err;
    }

    public static ServeProcess start(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.actorgraph.cli.Main", "serve"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        StringBuffer out = new StringBuffer();
        StringBuffer err = new StringBuffer();
        Thread errReader = drain(new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8)), err);
        BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        String url = null;
        while (url == null && (line = stdout.readLine()) != null) {
            out.append(line).append('\n');
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                url = m.group(1);
            }
        }
        Thread outReader = drain(stdout, out);
        if (url == null) {
            p.waitFor(30, TimeUnit.SECONDS);
            errReader.join(5000);
            throw new IllegalStateException("kg serve did not start (exit " + (p.isAlive() ? "none" : p.exitValue())
                    + "):\n" + out + err);
        }
        return new ServeProcess(p, url, out, err, List.of(outReader, errReader));
    }

    private static Thread drain(BufferedReader in, StringBuffer to) {
        Thread t = new Thread(() -> {
            try {
                String l;
                while ((l = in.readLine()) != null) {
                    to.append(l).append('\n');
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "serve-process-reader");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The dataset URL the command printed, e.g. {@code http://127.0.0.1:41234/kg}. */
    public String url() {
        return url;
    }

    public String out() {
        return out.toString();
    }

    /** What the server wrote on stderr so far (the request log, errors). */
    public String err() {
        return err.toString();
    }

    /** Sends SIGTERM and waits for the process to end; returns its exit code. */
    public int stop() throws InterruptedException {
        // The handle sends SIGTERM without closing our ends of the pipes (Process.destroy would), so what
        // the shutdown hooks print is still read.
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        for (Thread t : readers) {
            t.join(10_000);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
