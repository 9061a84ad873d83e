package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code --help} on the command and each subcommand prints its usage and exits 0. */
class HelpTest {
    @ParameterizedTest(name = "kg {0} --help")
    @CsvSource({"''", "build", "query", "explain", "validate", "export", "load", "viz", "serve", "push", "register", "evaluate",
        "actors"})
    void helpPrintsUsage(String sub) {
        Kg.Run r = sub.isEmpty() ? Kg.expect(Main.OK, "--help") : Kg.expect(Main.OK, sub, "--help");
        String usage = "Usage: kg" + (sub.isEmpty() ? "" : " " + sub);
        assertTrue(r.out().startsWith(usage), r::toString);
        assertTrue(r.out().contains("-h, --help"), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void topLevelHelpListsTheSubcommands() {
        Kg.Run r = Kg.expect(Main.OK, "-h");
        for (String sub : new String[] {"build", "query", "explain", "validate", "export", "load", "viz", "serve", "push",
                "register", "evaluate", "actors"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(sub)), () -> sub + " missing from " + r);
        }
    }

    @Test
    void subcommandHelpDescribesItsOptions() {
        assertTrue(Kg.expect(Main.OK, "build", "--help").out().contains("--store"));
        assertTrue(Kg.expect(Main.OK, "query", "--help").out().contains("--format"));
        assertTrue(Kg.expect(Main.OK, "explain", "-h").out().contains("FILE"));
        String query = Kg.expect(Main.OK, "query", "--help").out();
        for (String option : new String[] {"--param", "--endpoint", "--timeout"}) {
            assertTrue(query.contains(option), option);
        }
        String serve = Kg.expect(Main.OK, "serve", "--help").out();
        for (String option : new String[] {"--host", "--port", "--name", "--allow-update", "--password-file", "--timeout",
                "--max-request-size"}) {
            assertTrue(serve.contains(option), option);
        }
        String register = Kg.expect(Main.OK, "register", "--help").out();
        for (String option : new String[] {"--store", "--format", "--out", "csv", "tsv", "md"}) {
            assertTrue(register.contains(option), option);
        }
        String evaluate = Kg.expect(Main.OK, "evaluate", "--help").out();
        for (String option : new String[] {"--gold", "--format", "--out", "--min-f1", "--threads", "text", "tsv", "json"}) {
            assertTrue(evaluate.contains(option), option);
        }
        for (String analysing : new String[] {"build", "explain"}) {
            String help = Kg.expect(Main.OK, analysing, "--help").out();
            for (String option : new String[] {"--gazetteer", "--rules"}) {
                assertTrue(help.contains(option), analysing + " " + option);
            }
        }
        String actors = Kg.expect(Main.OK, "actors", "--help").out();
        for (String option : new String[] {"--store", "--unlinked", "--format", "--limit", "--out"}) {
            assertTrue(actors.contains(option), option);
        }
        String push = Kg.expect(Main.OK, "push", "--help").out();
        for (String option : new String[] {"--to", "--user", "--password-file", "--graph-per-document", "--graph", "--batch"}) {
            assertTrue(push.contains(option), option);
        }
    }

    @Test
    void noSubcommandIsAUsageError() {
        Kg.Run r = Kg.expect(Main.USAGE);
        // Main.call() prints the usage to System.out rather than to the command line's writers; a user
        // sees it on stdout either way.
        assertTrue((r.out() + r.sysOut()).startsWith("Usage: kg"), r::toString);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Kg.Run r = Kg.expect(Main.USAGE, "build", "--no-such-option");
        assertTrue(r.err().contains("--no-such-option"), r::toString);
    }

    @Test
    void versionExits0() {
        Kg.Run r = Kg.expect(Main.OK, "--version");
        assertTrue(r.out().contains("ActorGraph"), r::toString);
    }
}
