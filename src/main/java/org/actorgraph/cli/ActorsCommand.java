package org.actorgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Lists the actors the documents name: name, kind, home state, the number of documents that name "
                + "them and their Wikidata id; the answer of queries/actors.rq.",
                "With --unlinked, the actors without a Wikidata id, most often named first: the persons, companies and "
                + "government bodies that no gazetteer lists (found by named-entity recognition, IRI "
                + "…/id/actor/local/{slug}) and the gazetteer's rows with a local key, with the number of mentions and "
                + "of documents and an example sentence, so that you know what to add with build --gazetteer FILE; "
                + "the answer of queries/unlinked-actors.rq.",
                "Writes to standard output unless --out FILE."})
public final class ActorsCommand extends KgCommand {
    static final String ALL = "queries/actors.rq";
    static final String UNLINKED = "queries/unlinked-actors.rq";

    @Mixin
    StoreOption store;

    @Option(names = "--unlinked", description = "Only the actors without a Wikidata id, with mention counts and an example sentence.")
    boolean unlinked;

    @Option(names = {"-f", "--format"}, defaultValue = "tsv", description = "Table format: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}). csv is UTF-8 with a byte-order mark and a header row; md is a Markdown table.")
    RegisterFormat format;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N rows, the first ones (default: all).")
    Integer limit;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        if (limit != null && limit < 1) {
            throw KgError.usage("--limit must be at least 1");
        }
        RegisterCommand.Table t = RegisterCommand.Table.select(store.path(), RegisterCommand.text(unlinked ? UNLINKED : ALL));
        var rows = limit == null || t.rows().size() <= limit ? t.rows() : t.rows().subList(0, limit);
        output.write(commandLine(), null, out -> format.write(t.header(), rows, out));
        return Main.OK;
    }
}
