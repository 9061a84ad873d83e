package org.actorgraph.cli;

import static org.actorgraph.testsupport.Kg.DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actorgraph.testsupport.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg load}: TDB2's bulk loader fills the store; bad RDF is refused in one line and changes nothing. */
class LoadCommandTest {
    private static final String AG = "https://w3id.org/actorgraph/ontology#";
    private static final String DCT = "http://purl.org/dc/terms/";

    @TempDir
    Path tmp;

    /** N-Quads for {@code n} documents, each in its own graph with its id and hash. */
    private Path nquads(String name, int from, int n) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            String g = "<" + DOC + "d" + i + ">";
            s.append(g).append(" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <").append(AG).append("Document> ")
                    .append(g).append(" .\n");
            s.append(g).append(" <").append(DCT).append("identifier> \"d").append(i).append("\" ").append(g).append(" .\n");
            s.append(g).append(" <").append(AG).append("textHash> \"h").append(i).append("\" ").append(g).append(" .\n");
        }
        Path p = tmp.resolve(name);
        Files.writeString(p, s, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void loadsNQuadsAndTrigIntoNamedGraphs() throws IOException {
        Path store = tmp.resolve("store");
        Kg.Run r = Kg.expect(Main.OK, "load", "--store", store.toString(), nquads("export.nq", 0, 20).toString());
        assertTrue(r.out().contains("loaded 60 quads"), r::toString);
        assertEquals(20, Kg.graphCount(store));
        assertEquals(60, Kg.quadCount(store));

        Path trig = tmp.resolve("more.trig");
        Files.writeString(trig, "PREFIX dcterms: <" + DCT + ">\n<" + DOC + "t1> { <" + DOC + "t1> dcterms:identifier \"t1\" . }\n");
        Kg.expect(Main.OK, "load", "--store", store.toString(), trig.toString());
        assertEquals(21, Kg.graphCount(store));
        assertTrue(Kg.ask(store, "ASK { GRAPH <" + DOC + "t1> { ?d dcterms:identifier \"t1\" } }"));
    }

    @Test
    void badRdfIsRefusedInOneLineAndTheStoreIsUnchanged() throws IOException {
        Path store = tmp.resolve("store");
        Kg.expect(Main.OK, "load", "--store", store.toString(), nquads("first.nq", 0, 5).toString());
        long before = Kg.quadCount(store);

        // A good file, then good quads and a broken line: the loader must not have written any of them.
        Path bad = nquads("bad.nq", 100, 50);
        Files.writeString(bad, "<" + DOC + "x> <" + DCT + "identifier> \"unterminated <" + DOC + "x> .\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path good = nquads("good.nq", 200, 5);
        Kg.Run r = Kg.expect(Main.FAILED, "load", "--store", store.toString(), good.toString(), bad.toString());
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains(bad.toString()), r::toString);
        assertTrue(r.errLines().get(0).contains("not valid RDF"), r::toString);
        assertTrue(r.errLines().get(0).contains("[line: 15"), r::toString);
        assertEquals(before, Kg.quadCount(store));
        assertEquals(5, Kg.graphCount(store));
    }

    @Test
    void severalFilesLoadInOneGo() throws IOException {
        Path store = tmp.resolve("store");
        Kg.Run r = Kg.expect(Main.OK, "load", "--store", store.toString(), nquads("part-00000.nq", 0, 3).toString(),
                nquads("part-00001.nq", 3, 4).toString());
        assertTrue(r.out().contains("loaded 21 quads from 2 files"), r::toString);
        assertEquals(7, Kg.graphCount(store));
    }

    @Test
    void otherFileTypesAreRefused() throws IOException {
        Path ttl = tmp.resolve("data.ttl");
        Files.writeString(ttl, "<a:b> <a:c> <a:d> .\n");
        Kg.Run r = Kg.expect(Main.FAILED, "load", "--store", tmp.resolve("store").toString(), ttl.toString());
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains("expected .nq or .trig"), r::toString);
    }
}
