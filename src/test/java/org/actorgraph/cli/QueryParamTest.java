package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.actorgraph.testsupport.Csv;
import org.actorgraph.testsupport.DataStore;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;

/** {@code kg query --param}, {@code --timeout} and {@code --endpoint} errors, on the store built from data/. */
class QueryParamTest {
    static final String SUPPLIERS = Kg.PREFIXES + """
            SELECT ?supplier WHERE {
              ?s ag:sellsArmsTo ?r . ?r rdfs:label ?country . ?s rdfs:label ?supplier . FILTER(lang(?supplier) = "fr")
            } ORDER BY ?supplier""";

    static List<List<String>> select(String sparql, String... params) {
        String[] args = new String[6 + 2 * params.length];
        int i = 0;
        for (String a : new String[] {"query", "--store", DataStore.get().toString(), "-f", "csv"}) {
            args[i++] = a;
        }
        for (String p : params) {
            args[i++] = "--param";
            args[i++] = p;
        }
        args[i] = "-e";
        String[] full = java.util.Arrays.copyOf(args, args.length + 1);
        full[args.length] = sparql;
        return Csv.records(Kg.expect(Main.OK, full).out());
    }

    @Test
    void aLanguageTaggedValueIsOneTerm() {
        List<List<String>> rows = select(SUPPLIERS, "country=\"Pologne\"@fr");
        assertEquals(List.of(List.of("supplier"), List.of("Corée du Sud")), rows);
    }

    @Test
    void anIriValueIsAnIri() {
        String q = Kg.PREFIXES + "SELECT ?label WHERE { ?actor rdfs:label ?label . FILTER(lang(?label) = \"fr\") }";
        assertEquals(List.of(List.of("label"), List.of("France")),
                select(q, "actor=https://w3id.org/actorgraph/id/actor/Q142"));
        assertEquals(List.of(List.of("label"), List.of("France")),
                select(q, "actor=<https://w3id.org/actorgraph/id/actor/Q142>"));
    }

    @Test
    void textThatLooksLikeSparqlStaysAString() {
        // Pasted into the query text, this value would close the string and the pattern and ask for every
        // supplier; as a parameter it is one plain string that names no country.
        String hostile = "Pologne\"@fr } UNION { ?s ag:sellsArmsTo ?r . ?s rdfs:label ?supplier } #";
        List<List<String>> rows = select(SUPPLIERS, "country=" + hostile);
        assertEquals(List.of(List.of("supplier")), rows, "no rows, and no syntax error");
        assertEquals(List.of(List.of("v"), List.of(hostile)), select("SELECT ?v WHERE { BIND(?x AS ?v) }", "x=" + hostile),
                "the value arrives whole, as one string");
    }

    @Test
    void aValueWithoutNameIsAUsageError() {
        Kg.Run r = Kg.expect(Main.USAGE, "query", "--store", DataStore.get().toString(), "--param", "France", "-e", SUPPLIERS);
        assertTrue(r.err().contains("NAME=VALUE"), r::toString);
    }

    @Test
    void aParameterTheQueryDoesNotUseIsAUsageError() {
        Kg.Run r = Kg.expect(Main.USAGE, "query", "--store", DataStore.get().toString(), "--param", "colour=red", "-e", SUPPLIERS);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains("?colour"), r::toString);
    }

    @Test
    void timeoutCutsALongQueryWithOneLine() {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        Kg.Run r = Kg.expect(Main.FAILED, "query", "--store", DataStore.get().toString(), "--timeout", "1", "-e", slow);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains("--timeout"), r::toString);
        assertFalse(r.allErr().contains("\tat "), r::toString);
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "the query was stopped, not run to its end");
        Kg.expect(Main.OK, "query", "--store", DataStore.get().toString(), "--timeout", "30", "-e", "ASK { ?s ?p ?o }");
    }

    @Test
    void endpointDownIsOneLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Kg.Run r = Kg.expect(Main.FAILED, "query", "--endpoint", "http://127.0.0.1:" + port + "/kg/sparql", "-e", "ASK {}");
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains("connection refused"), r::toString);
        Kg.Run both = Kg.expect(Main.USAGE, "query", "--store", DataStore.get().toString(), "--endpoint",
                "http://127.0.0.1:" + port + "/kg/sparql", "-e", "ASK {}");
        assertTrue(both.err().contains("either --store or --endpoint"), both::toString);
    }
}
