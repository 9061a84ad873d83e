package org.actorgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.actorgraph.cli.Main;
import org.actorgraph.testsupport.Csv;
import org.actorgraph.testsupport.DataStore;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query in {@code queries/} is documented (question, parameters, an example on {@code data/}) and
 * returns on the store built from {@code data/} exactly what its header shows: the rows listed, in order,
 * and no more unless the example ends with "...". For a CONSTRUCT the example lines are N-Triples the
 * result must contain.
 */
class QueryLibraryTest {
    static final Path QUERIES = Path.of("queries");
    static final Pattern EXAMPLE = Pattern.compile("^# Example on data/ \\(\\./kg query -f csv(.*) queries/([\\w.-]+\\.rq)\\):$");
    static final Pattern PARAM = Pattern.compile("--param (\\S+?)=(\\S+)");
    static final String RESULT_LINE = "#   ";

    record Header(String question, String parameters, List<String> paramArgs, List<String> example, boolean more) {}

    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    static Header header(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String question = null;
        String parameters = null;
        List<String> args = null;
        List<String> example = new ArrayList<>();
        boolean more = false;
        for (int i = 0; i < lines.size() && lines.get(i).startsWith("#"); i++) {
            String l = lines.get(i);
            if (l.startsWith("# Question: ")) {
                question = l.substring("# Question: ".length());
            } else if (l.startsWith("# Parameters: ")) {
                parameters = l.substring("# Parameters: ".length());
            }
            Matcher m = EXAMPLE.matcher(l);
            if (m.matches()) {
                assertEquals(file.getFileName().toString(), m.group(2), "the example names its own file");
                args = new ArrayList<>();
                Matcher p = PARAM.matcher(m.group(1));
                while (p.find()) {
                    args.add("--param");
                    args.add(p.group(1) + "=" + p.group(2));
                }
                for (i++; i < lines.size() && lines.get(i).startsWith(RESULT_LINE); i++) {
                    String row = lines.get(i).substring(RESULT_LINE.length());
                    if (row.equals("...")) {
                        more = true;
                    } else {
                        example.add(row);
                    }
                }
                i--;
            }
        }
        assertTrue(question != null && !question.isBlank(), file + ": '# Question: ' line");
        assertTrue(parameters != null, file + ": '# Parameters: ' line");
        assertTrue(args != null && !example.isEmpty(), file + ": '# Example on data/ (...)' with result lines");
        return new Header(question, parameters, args, example, more);
    }

    @Test
    void theLibraryHoldsAtLeastTenQueries() throws IOException {
        assertTrue(queryFiles().count() >= 10, "queries/ should hold at least 10 queries");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void returnsWhatItsHeaderPromises(Path file) throws IOException {
        Header h = header(file);
        for (int i = 1; i < h.paramArgs().size(); i += 2) {
            String name = h.paramArgs().get(i).split("=", 2)[0];
            assertTrue(h.parameters().contains("?" + name), file + ": parameter ?" + name + " is documented");
        }
        List<String> args = new ArrayList<>(List.of("query", "--store", DataStore.get().toString(), "-f", "csv"));
        args.addAll(h.paramArgs());
        args.add(file.toString());
        Kg.Run r = Kg.expect(Main.OK, args.toArray(String[]::new));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.contains("\nCONSTRUCT")) {
            var actual = new HashSet<>(r.out().lines().toList());
            for (String triple : h.example()) {
                assertTrue(actual.contains(triple), () -> file + ": the result lacks " + triple + "\n" + r);
            }
            assertEquals(h.more(), actual.size() > h.example().size(), file + ": '...' exactly when more triples follow");
            return;
        }
        List<List<String>> expected = Csv.records(String.join("\r\n", h.example()) + "\r\n");
        List<List<String>> actual = Csv.records(r.out());
        assertFalse(actual.size() <= 1 && expected.size() > 1, () -> file + ": no rows\n" + r);
        if (h.more()) {
            assertTrue(actual.size() > expected.size(), () -> file + ": '...' promises more rows\n" + r);
            assertEquals(expected, actual.subList(0, expected.size()), () -> file + "\n" + r);
        } else {
            assertEquals(expected, actual, () -> file + "\n" + r);
        }
    }

    @Test
    void aParameterNarrowsTheAnswer() {
        // Without --param the suppliers query answers for every recipient; with it, for one only.
        Path q = QUERIES.resolve("suppliers-of.rq");
        String store = DataStore.get().toString();
        List<List<String>> all = Csv.records(Kg.expect(Main.OK, "query", "--store", store, "-f", "csv", q.toString()).out());
        List<List<String>> one = Csv.records(Kg.expect(Main.OK, "query", "--store", store, "-f", "csv",
                "--param", "country=Pologne", q.toString()).out());
        assertTrue(all.stream().skip(1).map(r -> r.get(0)).distinct().count() > 1, all::toString);
        assertEquals(List.of(List.of("recipient", "supplier", "documents"), List.of("Pologne", "Corée du Sud", "1")), one);
        List<List<String>> english = Csv.records(Kg.expect(Main.OK, "query", "--store", store, "-f", "csv",
                "--param", "country=Poland", q.toString()).out());
        assertEquals(one, english, "the English label names the same country");
    }
}
