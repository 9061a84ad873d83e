package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.GazetteerError;
import org.actorgraph.pipeline.Resources;
import picocli.CommandLine.Option;

/** The --gazetteer option of the commands that analyse articles: the user's own gazetteer rows, beside the bundled ones. */
public final class GazetteerOption {
    @Option(names = "--gazetteer", paramLabel = "FILE", description = {"Adds the actors and names of FILE (repeatable) "
            + "to the bundled gazetteer, without rebuilding: UTF-8, tab-separated, in the format of the bundled "
            + "actors.tsv (under a line #qid<TAB>kind<TAB>label_fr<TAB>label_en<TAB>home) and names.tsv (under a line "
            + "#surface<TAB>qid<TAB>form). See the README."})
    List<Path> files = new ArrayList<>();

    /**
     * The bundled gazetteer with the rows of the files, or null without --gazetteer; a file that cannot be used is a
     * failure naming the file and line, found before any model is loaded.
     */
    Gazetteer load() {
        if (files.isEmpty()) {
            return null;
        }
        try {
            return Gazetteer.load(files);
        } catch (GazetteerError e) {
            throw KgError.failed("--gazetteer " + e.getMessage(), e);
        }
    }

    /** The resources to analyse with: the command line's, with the user's gazetteer in place of the bundled one if given. */
    static Resources resources(Main main, Gazetteer gazetteer) {
        return gazetteer == null ? main.resources() : main.resources().withGazetteer(gazetteer);
    }
}
