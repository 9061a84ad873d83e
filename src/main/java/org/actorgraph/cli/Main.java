package org.actorgraph.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.actorgraph.pipeline.Resources;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code kg} command line. A command returns its exit code, or throws: a {@link KgError}
 * carries its own code, any other exception (a {@code StoreError}, an {@code InputError}…) exits 1; either
 * way the user sees one line, {@code kg COMMAND: MESSAGE}, and a stack trace only with
 * {@code -Dactorgraph.verbose=true}.
 */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "ActorGraph 0.1.0",
        description = "Builds a knowledge graph of arms transfers and accusations from French-language news.",
        subcommands = {BuildCommand.class, QueryCommand.class, ExplainCommand.class, ValidateCommand.class,
                ExportCommand.class, LoadCommand.class, VizCommand.class, ServeCommand.class, PushCommand.class,
                RegisterCommand.class, EvaluateCommand.class, ActorsCommand.class})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Supplier<Resources> source;
    private Resources resources;

    private Main(Supplier<Resources> source) {
        this.source = source;
    }

    /** The models, gazetteer and rules, loaded on first use by the command that needs them. */
    synchronized Resources resources() {
        if (resources == null) {
            resources = source.get();
        }
        return resources;
    }

    static {
        // Everything logs through SLF4J (Logback), java.util.logging included.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return USAGE;
    }

    public static CommandLine commandLine() {
        return commandLine(Resources::load);
    }

    /** The command line, with the resources its commands analyse documents with (tests share one instance). */
    public static CommandLine commandLine(Supplier<Resources> resources) {
        CommandLine cl = new CommandLine(new Main(resources));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getOut().flush();
            report(cmd, ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName());
            if (Boolean.getBoolean("actorgraph.verbose")) {
                ex.printStackTrace(cmd.getErr());
            }
            return ex instanceof KgError k ? k.exitCode() : FAILED;
        });
        return cl;
    }

    /**
     * Prints one line on the command's stderr, {@code kg COMMAND: MESSAGE}: the one way kg tells the user
     * of an error (the handler above, for what a command throws) or of a problem it goes past (an input
     * skipped, a warning).
     */
    static void report(CommandLine cmd, String message) {
        cmd.getErr().println("kg " + cmd.getCommandName() + ": " + message);
        cmd.getErr().flush();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
