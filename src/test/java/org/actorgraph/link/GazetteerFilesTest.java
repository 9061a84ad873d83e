package org.actorgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's gazetteer files (--gazetteer): the bundled format, checked row by row, and local actors' stable ids. */
class GazetteerFilesTest {
    @TempDir
    Path tmp;

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private String error(Path... files) {
        return assertThrows(GazetteerError.class, () -> Gazetteer.load(List.of(files))).getMessage();
    }

    @Test
    void rowsInTheBundledFormatAddActorsAndNamesFromSeveralFiles() throws IOException {
        Path actors = file("actors.tsv", "#qid\tkind\tlabel_fr\tlabel_en\thome",
                "# a comment", "", "excalibur-army\tCompany\tExcalibur Army\tExcalibur Army\tQ213",
                "Q999999999\tWeaponSystem\tBVP-M2 SKCZ\tBVP-M2 SKCZ\texcalibur-army");
        Path names = file("names.tsv", "#surface\tqid\tform", "Excalibur Army\texcalibur-army\tname",
                "BVP-M2\tQ999999999\tname", "Kyiv\tQ212\tcapital");
        Gazetteer g = Gazetteer.load(List.of(names, actors));
        assertEquals("Q213", g.actor("excalibur-army").homeQid());
        assertEquals(g.actor("Q213"), g.accountable(g.actor("excalibur-army")));
        assertEquals(g.actor("Q213"), g.originOf(g.actor("Q999999999")));
        List<String> found = new MentionFinder(g).find("Excalibur Army livre des BVP-M2 à Kyiv.").stream()
                .map(m -> m.text() + "=" + m.actor().qid()).toList();
        assertEquals(List.of("Excalibur Army=excalibur-army", "BVP-M2=Q999999999", "Kyiv=Q212"), found);
        assertNull(Gazetteer.load().actor("excalibur-army"), "the bundled gazetteer is left as it was");
    }

    @Test
    void aBadRowIsNamedByFileAndLine() throws IOException {
        assertEquals(tmp.resolve("a.tsv") + ":1: a row before any header line: put the header of actors.tsv "
                + "(#qid<TAB>kind<TAB>label_fr<TAB>label_en<TAB>home) or of names.tsv (#surface<TAB>qid<TAB>form) above it",
                error(file("a.tsv", "x\tCompany\tX\tX")));
        assertEquals(tmp.resolve("b.tsv") + ":2: 'Excalibur Army' is neither a Wikidata id (Q42) nor a local id "
                + "(lowercase words joined by hyphens: excalibur-army)",
                error(file("b.tsv", "#qid\tkind\tlabel_fr\tlabel_en\thome", "Excalibur Army\tCompany\tX\tX")));
        assertEquals(tmp.resolve("c.tsv") + ":2: Q142 is already in the gazetteer (France); give it more names with rows "
                + "under #surface<TAB>qid<TAB>form",
                error(file("c.tsv", "#qid\tkind\tlabel_fr\tlabel_en\thome", "Q142\tState\tFrance\tFrance")));
        assertEquals(tmp.resolve("d.tsv") + ":2: the home of a Company must be of kind InternationalOrganisation or State; "
                + "Q7240 (Lockheed Martin) is a Company",
                error(file("d.tsv", "#qid\tkind\tlabel_fr\tlabel_en\thome", "x-corp\tCompany\tX\tX\tQ7240")));
        assertEquals(tmp.resolve("e.tsv") + ":2: unknown actor 'nobody': neither in the gazetteer nor in a row under "
                + "#qid<TAB>kind<TAB>label_fr<TAB>label_en<TAB>home",
                error(file("e.tsv", "#surface\tqid\tform", "Personne\tnobody\tname")));
        assertEquals(tmp.resolve("f.tsv") + ":2: unknown form 'nom' (one of name, capital, demonym)",
                error(file("f.tsv", "#surface\tqid\tform", "Hexagone\tQ142\tnom")));
        Path latin1 = tmp.resolve("g.tsv");
        Files.write(latin1, "#surface\tqid\tform\nAllemagne f\u00e9d\u00e9rale\tQ183\tname\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + ": not UTF-8 text", error(latin1));
        assertEquals(tmp.resolve("none.tsv") + ": no such file or directory", error(tmp.resolve("none.tsv")));
    }

    @Test
    void aLocalActorsIdIsItsNameWithoutAccentsInLowerCase() {
        assertEquals("skoda-transportation", LocalActors.slug("Škoda Transportation"));
        assertEquals("pal-jonson", LocalActors.slug("Pål Jonson"));
        assertEquals("thomson-csf", LocalActors.slug("Thomson-CSF"));
        assertEquals(LocalActors.slug("Excalibur  Army"), LocalActors.slug("EXCALIBUR ARMY"));
    }
}
