package org.actorgraph.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.actorgraph.cli.Main;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.ingest.Document;
import org.actorgraph.testsupport.Csv;
import org.actorgraph.testsupport.Kg;
import org.actorgraph.testsupport.SharedResources;
import org.actorgraph.testsupport.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


/**
 * Actors no gazetteer lists: a company or a person the text names becomes an actor with a stable local IRI, its kind and
 * home state read from the text, whose events count for that state; {@code kg actors --unlinked} lists them for
 * curation, and {@code kg build --gazetteer FILE} adds a user's rows without rebuilding.
 */
class UnlinkedActorsTest {
    static final String ACTOR = "https://w3id.org/actorgraph/id/actor/";
    static final String EXCALIBUR = ACTOR + "local/excalibur-army";
    static final String MINISTER = ACTOR + "local/mohammed-badaru-abubakar";

    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void build() throws IOException {
        Path articles = TestFiles.articles(tmp,
                line("excalibur-1", "La société tchèque Excalibur Army a livré des chars T-72 à l'Ukraine en 2023. "
                        + "Excalibur Army modernise aussi des obusiers pour Kiev."),
                line("excalibur-2", "Selon le quotidien Hospodářské noviny, l'entreprise Excalibur Army prépare de nouvelles "
                        + "livraisons."),
                line("minister", "Le ministre nigérian de la Défense, Mohammed Badaru Abubakar, a accusé le Niger de "
                        + "soutenir les terroristes."));
        store = tmp.resolve("store");
        Kg.build(store, articles.toString());
    }

    private static String line(String id, String text) {
        return TestFiles.article(id, "2024-05-02", text);
    }

    private static List<Map<String, String>> select(String sparql) {
        return Kg.select(store, sparql);
    }

    @Test
    void anUnknownCompanyWithItsDemonymSellsAndItsStateAnswersForIt() {
        List<Map<String, String>> rows = select("""
                SELECT ?kind ?label ?home ?sameAs WHERE { GRAPH ?g {
                  ?g dcterms:identifier "excalibur-1" .
                  <%s> a ?kind ; rdfs:label ?label ; ag:homeState ?home .
                  OPTIONAL { <%<s> owl:sameAs ?sameAs } } }""".formatted(EXCALIBUR));
        assertEquals(List.of(Map.of("kind", "https://w3id.org/actorgraph/ontology#Company", "label", "Excalibur Army",
                "home", ACTOR + "Q213", "sameAs", "")), rows);
        // The event's supplier is the company; the direct edge is its state's, as for the gazetteer's companies.
        assertTrue(Kg.ask(store, """
                ASK { GRAPH ?g { ?e ag:supplier <%s> ; ag:recipient <%sQ212> ; ag:modality ag:Asserted } }"""
                .formatted(EXCALIBUR, ACTOR)));
        assertTrue(Kg.ask(store, "ASK { GRAPH ?g { <%sQ213> ag:sellsArmsTo <%<sQ212> } }".formatted(ACTOR)));
        assertFalse(Kg.ask(store, "ASK { GRAPH ?g { <%s> ag:sellsArmsTo ?x } }".formatted(EXCALIBUR)),
                "direct edges are between states");
        // and the register has the state's row
        Kg.Run r = Kg.expect(Main.OK, "register", "--store", store.toString(), "-f", "csv");
        List<Map<String, String>> register = Csv.rows(r.out().substring(1)).stream()
                .filter(row -> row.get("supplier").equals("Tchéquie")).toList();
        assertEquals(1, register.size(), r::toString);
        assertEquals("Ukraine", register.get(0).get("recipient"));
        assertEquals("T-72", register.get(0).get("designation"));
        assertEquals("excalibur-1", register.get(0).get("documentIds"));
    }

    @Test
    void theSameNameIsTheSameActorInEveryDocumentWithItsCountsAndASentence() {
        List<Map<String, String>> rows = select("""
                SELECT ?doc ?count ?text WHERE { GRAPH ?g {
                  ?g dcterms:identifier ?doc . <%s> ag:mentionCount ?count ; ag:mentionedIn ?s . ?s ag:text ?text } }
                ORDER BY ?doc""".formatted(EXCALIBUR));
        assertEquals(2, rows.size(), rows::toString);
        assertEquals("excalibur-1", rows.get(0).get("doc"));
        assertEquals("2", rows.get(0).get("count"), "named twice in the first document");
        assertTrue(rows.get(0).get("text").startsWith("La société tchèque Excalibur Army a livré"), rows::toString);
        assertEquals("excalibur-2", rows.get(1).get("doc"));
        assertEquals("1", rows.get(1).get("count"));
    }

    @Test
    void anUnknownMinisterAccusesForHisState() {
        List<Map<String, String>> rows = select("""
                SELECT ?kind ?home WHERE { GRAPH ?g { <%s> a ?kind ; ag:homeState ?home } }""".formatted(MINISTER));
        assertEquals(List.of(Map.of("kind", "https://w3id.org/actorgraph/ontology#Person", "home", ACTOR + "Q1033")), rows);
        assertTrue(Kg.ask(store, "ASK { GRAPH ?g { ?e ag:accuser <%s> ; ag:accused <%sQ1032> } }".formatted(MINISTER, ACTOR)));
        assertTrue(Kg.ask(store, "ASK { GRAPH ?g { <%sQ1033> ag:accuses <%<sQ1032> } }".formatted(ACTOR)));
    }

    @Test
    void actorsUnlinkedListsTheNamesMostOftenSeenWithCountsAndAnExample() {
        Kg.Run r = Kg.expect(Main.OK, "actors", "--unlinked", "--store", store.toString(), "-f", "csv");
        assertTrue(r.out().startsWith("\ufeff"), r::toString);
        List<Map<String, String>> rows = Csv.rows(r.out().substring(1));
        Map<String, String> first = rows.get(0);
        assertEquals("Excalibur Army", first.get("name"), r::toString);
        assertEquals("Company", first.get("kind"));
        assertEquals("Tchéquie", first.get("home"));
        assertEquals("3", first.get("mentions"));
        assertEquals("2", first.get("documents"));
        assertEquals("no", first.get("inGazetteer"));
        assertEquals(EXCALIBUR, first.get("actor"));
        assertTrue(first.get("example").contains("Excalibur Army"), first::toString);
        Map<String, Map<String, String>> byName = rows.stream().collect(Collectors.toMap(m -> m.get("name"), m -> m));
        assertEquals("Nigeria", byName.get("Mohammed Badaru Abubakar").get("home"), rows::toString);
        // every row is an actor without a Wikidata id
        Kg.Run all = Kg.expect(Main.OK, "actors", "--store", store.toString(), "-f", "csv");
        Map<String, Map<String, String>> actors = Csv.rows(all.out().substring(1)).stream()
                .collect(Collectors.toMap(m -> m.get("actor"), m -> m));
        for (Map<String, String> row : rows) {
            assertEquals("", actors.get(row.get("actor")).get("wikidata"), row::toString);
        }
        assertEquals("http://www.wikidata.org/entity/Q212", actors.get(ACTOR + "Q212").get("wikidata"));
        Kg.Run limited = Kg.expect(Main.OK, "actors", "--unlinked", "--store", store.toString(), "--limit", "1");
        assertEquals(2, limited.out().lines().count(), limited::toString);
    }

    @Test
    void titlesAreNotNamesAndAPlaceOrAThingIsNoPerson() {
        AnalyzedDocument a = SharedResources.pipeline().analyze(new Document("titles",
                "M. Annan a rencontré le président Abdoulaye Sangaré. Monsieur le Président, la frappe contre un centre "
                        + "commercial de Kharkiv a été condamnée. Les frégates La Fayette ont été livrées.",
                null, null, null, null, "test"));
        Map<String, String> local = a.mentions().stream().filter(m -> m.actor().isLocal())
                .collect(Collectors.toMap(m -> m.text(), m -> m.actor().qid() + " " + m.actor().kind(), (x, y) -> x));
        assertEquals(Map.of("Annan", "local/annan Person", "Abdoulaye Sangaré", "local/abdoulaye-sangare Person"), local);
    }

    @Test
    void aUsersGazetteerAddsActorsAndNamesWithoutRebuilding() throws IOException {
        Path mine = Files.writeString(tmp.resolve("mine.tsv"), String.join("\n",
                "#qid\tkind\tlabel_fr\tlabel_en\thome",
                "excalibur-army\tCompany\tExcalibur Army\tExcalibur Army\tQ213",
                "#surface\tqid\tform",
                "Excalibur Army\texcalibur-army\tname",
                "Excalibur\texcalibur-army\tname",
                "Kiyv\tQ212\tcapital") + "\n", StandardCharsets.UTF_8);
        Path doc = Files.writeString(tmp.resolve("excalibur.txt"),
                "Excalibur a livré des chars T-72 à l'Ukraine. La société tchèque Excalibur Army fournit aussi Kiyv.\n",
                StandardCharsets.UTF_8);
        Path s = tmp.resolve("store-with-mine");
        Kg.expect(Main.OK, "build", "--store", s.toString(), "--gazetteer", mine.toString(), doc.toString());
        List<Map<String, String>> named = Kg.select(s, """
                SELECT ?actor ?count WHERE { GRAPH ?g { ?actor ag:mentionCount ?count } }""");
        assertEquals(List.of(Map.of("actor", ACTOR + "excalibur-army", "count", "2")), named,
                "the user's row replaces the local actor, and still counts as unlinked (no Wikidata id)");
        assertTrue(Kg.ask(s, "ASK { GRAPH ?g { ?e ag:supplier <%sexcalibur-army> ; ag:recipient <%<sQ212> } }".formatted(ACTOR)));
        Kg.Run listed = Kg.expect(Main.OK, "actors", "--unlinked", "--store", s.toString(), "-f", "csv");
        assertTrue(listed.out().contains(",yes,"), listed::toString);
    }

    @Test
    void aBadGazetteerFileIsOneLineNamingTheFileAndLine() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.tsv"), "#qid\tkind\tlabel_fr\tlabel_en\thome\n"
                + "excalibur-army\tFirm\tExcalibur Army\tExcalibur Army\tQ213\n", StandardCharsets.UTF_8);
        Path doc = Files.writeString(tmp.resolve("one.txt"), "La France a livré des Rafale à l'Inde.\n", StandardCharsets.UTF_8);
        Kg.Run r = Kg.expect(Main.FAILED, "build", "--store", tmp.resolve("never").toString(), "--gazetteer",
                bad.toString(), doc.toString());
        assertEquals(List.of("kg build: --gazetteer " + bad + ":2: unknown kind 'Firm' (one of State, InternationalOrganisation, "
                + "ArmedGroup, Company, GovernmentBody, Person, WeaponSystem)"), r.errLines(), r::toString);
        assertFalse(Files.exists(tmp.resolve("never")), "nothing written");

        Path clash = Files.writeString(tmp.resolve("clash.tsv"), "#surface\tqid\tform\nParis\tQ183\tcapital\n",
                StandardCharsets.UTF_8);
        Kg.Run c = Kg.expect(Main.FAILED, "explain", "--gazetteer", clash.toString(), doc.toString());
        assertTrue(c.err().contains(clash + ":2: 'Paris' already names Q142"), c::toString);
    }
}
