package org.actorgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.store.KgStore;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "register", mixinStandardHelpOptions = true,
        description = {"Prints the register of arms transfers, as SIPRI's lists them: one row per supplier, recipient and "
                + "weapon across all documents (the same transfer reported by several articles is one row), with the "
                + "designation and description as written, number, years of order and delivery, latest status, value, "
                + "the number of supporting documents, the first and last report dates and the documents' ids.",
                "Only asserted transfers count (never a negated, hypothetical or feared one); sources that disagree "
                + "are all shown. It is the answer of queries/register.rq, which any SPARQL endpoint holding the "
                + "graphs answers the same way.",
                "Writes to standard output unless --out FILE."})
public final class RegisterCommand extends KgCommand {
    /** The query, a copy of queries/register.rq that the build puts on the classpath. */
    static final String QUERY = "queries/register.rq";

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, defaultValue = "csv", description = "Table format: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}). csv is UTF-8 with a byte-order mark and a header row, and opens in a "
            + "spreadsheet as is; md is a Markdown table.")
    RegisterFormat format;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        Table t = Table.select(store.path(), text(QUERY));
        output.write(commandLine(), null, out -> format.write(t.header(), t.rows(), out));
        return Main.OK;
    }

    /** The header and rows of a SELECT query over the store, each cell the value's text (empty when unbound). */
    record Table(List<String> header, List<List<String>> rows) {
        static Table select(java.nio.file.Path storePath, String text) {
            Query query = QueryFactory.create(text);
            List<String> header = query.getResultVars();
            List<List<String>> rows = new ArrayList<>();
            try (KgStore kg = KgStore.openExisting(storePath)) {
                kg.read(() -> {
                    try (QueryExecution qe = kg.execution(query)) {
                        ResultSet rs = qe.execSelect();
                        while (rs.hasNext()) {
                            QuerySolution s = rs.next();
                            List<String> row = new ArrayList<>();
                            for (String v : header) {
                                RDFNode n = s.get(v);
                                row.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                            }
                            rows.add(row);
                        }
                    }
                    return null;
                });
            }
            return new Table(header, rows);
        }
    }

    static String text() {
        return text(QUERY);
    }

    /** A query of queries/ that the build puts on the classpath. */
    static String text(String resource) {
        try (InputStream in = RegisterCommand.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
