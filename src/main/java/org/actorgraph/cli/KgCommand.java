package org.actorgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code kg} subcommand shares, as Jena's command-line tools share {@code CmdGeneral}: the
 * command line it runs in and its writers. {@link #call} returns the exit code or throws (see {@link Main}).
 */
abstract class KgCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    CommandLine commandLine() {
        return spec.commandLine();
    }

    /** Standard output: results and summaries. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** One line on stderr, {@code kg COMMAND: MESSAGE}, for a problem the command goes past. */
    void report(String message) {
        Main.report(spec.commandLine(), message);
    }

    /** {@code kg COMMAND: warning: MESSAGE}: something the user should know, which changes no exit code. */
    void warn(String message) {
        report("warning: " + message);
    }
}
