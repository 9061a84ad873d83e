package org.actorgraph.cli;

import java.nio.file.Path;
import org.actorgraph.extract.Cues;
import org.actorgraph.extract.FrameBook;
import org.actorgraph.pipeline.Resources;
import picocli.CommandLine.Option;

/** The --rules option of the commands that analyse articles: a user's own rule files in place of the bundled ones. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = {"Reads the rules from DIR instead of the bundled "
            + "ones: sells-arms-to.frames, accuses.frames, armed-historically.frames (a relation without its file has "
            + "no rules) and cues.tsv (the bundled one when absent), in the format of src/main/resources/rules/. See "
            + "the README."})
    Path dir;

    /** The user's rule files and cues, or null without --rules; a file that cannot be used is a one-line failure. */
    Loaded load() {
        if (dir == null) {
            return null;
        }
        try {
            return new Loaded(FrameBook.load(dir), Cues.load(dir));
        } catch (FrameBook.RuleFileError e) {
            throw KgError.failed("--rules " + e.getMessage(), e);
        }
    }

    /** Rule files read from a folder, ready to replace the bundled ones. */
    record Loaded(FrameBook frames, Cues cues) {
        static Resources apply(Loaded rules, Resources r) {
            return rules == null ? r : r.withRules(rules.frames(), rules.cues());
        }
    }
}
