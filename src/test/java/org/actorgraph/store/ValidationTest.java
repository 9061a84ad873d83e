package org.actorgraph.store;

import static org.actorgraph.testsupport.Kg.DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.actorgraph.cli.Main;
import org.actorgraph.rdf.AG;
import org.actorgraph.testsupport.DataStore;
import org.actorgraph.testsupport.Kg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SHACL validation: every graph built from data/ and the dev set conforms; a graph that does not is refused. */
class ValidationTest {
    static final String CALM = "Il a plu toute la matinée sur la ville, puis le soleil est revenu.";

    /** A user's extra constraint: every document must have a title (a .txt file has none). */
    static final String TITLE_REQUIRED = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ag: <https://w3id.org/actorgraph/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            <urn:x-test:TitleRequired> a sh:NodeShape ; sh:targetClass ag:Document ;
                sh:property [ sh:path dcterms:title ; sh:minCount 1 ; sh:message "every document needs a title" ] .
            """;

    @TempDir
    Path tmp;

    @Test
    void graphsBuiltFromDataAndTheDevSetConform() {
        Path store = DataStore.withDevSet();
        Kg.Run r = Kg.expect(Main.OK, "validate", "--store", store.toString());
        long graphs = Kg.graphCount(store);
        assertTrue(graphs >= 7, "data/ alone has 7 articles, got " + graphs);
        assertTrue(r.out().contains(graphs + " graphs, all conform"), r::toString);
    }

    @Test
    void aGraphThatDoesNotConformIsReportedByValidate() throws IOException {
        Path store = tmp.resolve("store");
        Kg.build(store, write("calm.txt", CALM).toString());
        Model bad = ModelFactory.createDefaultModel();
        Resource event = bad.createResource(DOC + "broken/event/0", AG.resource("ArmsTransfer"));
        event.addProperty(AG.modality, AG.resource("Asserted"));
        try (KgStore kg = KgStore.openExisting(store)) {
            kg.replaceGraphs(Map.of(DOC + "broken", bad));
        }
        Kg.Run r = Kg.expect(Main.FAILED, "validate", "--store", store.toString());
        assertTrue(r.out().contains(DOC + "broken: "), r::toString);
        assertTrue(r.out().contains("supplier"), r::toString);
        assertTrue(r.out().contains("2 graphs, 1 do not conform"), r::toString);
    }

    @Test
    void buildRefusesAGraphThatBreaksTheShapesAndKeepsWhatTheStoreHeld() throws IOException {
        Path store = tmp.resolve("store");
        Path json = write("titled.jsonl", "{\"id\": \"titled\", \"title\": \"Météo\", \"text\": \"" + CALM + "\"}\n");
        Kg.build(store, json.toString());
        long before = Kg.quadCount(store);
        Path shapes = write("title-required.ttl", TITLE_REQUIRED);
        Path untitled = write("untitled.txt", CALM.replace("matinée", "journée"));

        Kg.Run r = Kg.expect(Main.FAILED, "build", "--store", store.toString(), "--shapes", shapes.toString(),
                untitled.toString(), json.toString());
        assertEquals(1, r.errLines().size(), r::toString);
        String line = r.errLines().get(0);
        assertTrue(line.contains(untitled.toString()) && line.contains("does not conform") && line.contains("every document needs a title"),
                r::toString);
        assertEquals(before, Kg.quadCount(store), "the refused document must not be written");
        assertFalse(Kg.ask(store, "ASK { GRAPH <" + DOC + "untitled> { ?s ?p ?o } }"));
        Kg.expect(Main.OK, "validate", "--store", store.toString(), "--shapes", shapes.toString());
    }

    @Test
    void oddMetadataIsKeptInAConformingFormRatherThanLosingTheDocument() throws IOException {
        Path store = tmp.resolve("store");
        Path json = write("odd.jsonl", "{\"id\": \"odd\", \"date\": \"2024-13-45\", \"url\": \"pas une adresse\", \"text\": \""
                + CALM + "\"}\n");
        Kg.build(store, json.toString());
        Kg.expect(Main.OK, "validate", "--store", store.toString());
        assertTrue(Kg.ask(store, "ASK { GRAPH ?g { ?g dcterms:identifier \"odd\" ; dcterms:date \"2024-13-45\" FILTER NOT EXISTS { ?g schema:url ?u } } }"));
    }

    @Test
    void unusableShapesFileIsOneLineNamingItAndTheStoreIsNotCreated() throws IOException {
        Path store = tmp.resolve("store");
        Path shapes = write("broken.ttl", "this is not turtle <");
        Kg.Run r = Kg.expect(Main.FAILED, "build", "--store", store.toString(), "--shapes", shapes.toString(),
                write("calm.txt", CALM).toString());
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).contains(shapes.toString()), r::toString);
        assertFalse(Files.exists(store));
    }

    @Test
    void validatorNamesTheMissingRoles() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(DOC + "d/event/0", AG.resource("Accusation"));
        ShapeValidator.Violations v = ShapeValidator.bundled().validate(m.getGraph());
        assertFalse(v.conform());
        assertTrue(v.messages().stream().anyMatch(s -> s.contains("accuser")), v::toString);
        assertTrue(v.messages().stream().anyMatch(s -> s.contains("modality")), v::toString);
        assertTrue(ShapeValidator.bundled().validate(ModelFactory.createDefaultModel().getGraph()).conform());
    }

    @Test
    void anArmedGroupIsTypedWithItsHomeStateAsDataAndTheEdgeGoesToTheGroup() throws IOException {
        Path store = tmp.resolve("store");
        Kg.build(store, write("groupes.txt", "Téhéran a livré des drones aux rebelles houthis, selon un rapport de l'ONU. "
                + "Israël accuse le Hezbollah de stocker des missiles dans des quartiers civils.").toString());
        Kg.expect(Main.OK, "validate", "--store", store.toString());
        String houthis = "<https://w3id.org/actorgraph/id/actor/houthis>";
        String iran = "<https://w3id.org/actorgraph/id/actor/Q794>";
        String yemen = "<https://w3id.org/actorgraph/id/actor/Q805>";
        assertTrue(Kg.ask(store, "ASK { GRAPH ?g { " + houthis + " a ag:ArmedGroup ; ag:homeState " + yemen + " . "
                + yemen + " a ag:State . FILTER NOT EXISTS { " + houthis + " owl:sameAs ?wd } } }"));
        assertTrue(Kg.ask(store, "ASK { GRAPH ?g { " + iran + " ag:sellsArmsTo " + houthis + " } }"));
        assertFalse(Kg.ask(store, "ASK { GRAPH ?g { ?a ag:sellsArmsTo " + yemen + " } }"), "the group's home state is not the recipient");
        assertTrue(Kg.ask(store, "ASK { GRAPH ?g { ?s ag:accuses ?h . ?h a ag:ArmedGroup ; owl:sameAs <" + Kg.WD + "Q41053> } }"));
        assertFalse(Kg.ask(store, "ASK { GRAPH ?g { ?s ag:accuses <https://w3id.org/actorgraph/id/actor/Q822> } }"));
    }

    @Test
    void aCommissionerWhoseHomeIsTheCommissionHasTheUnionForHomeState() throws IOException {
        Path store = tmp.resolve("store");
        Kg.build(store, write("commission.txt", "Ursula von der Leyen accuse la Russie de mener une guerre d'agression contre l'Ukraine.").toString());
        Kg.expect(Main.OK, "validate", "--store", store.toString());
        assertTrue(Kg.ask(store, "ASK { GRAPH ?g { <https://w3id.org/actorgraph/id/actor/Q60772> ag:homeState "
                + "<https://w3id.org/actorgraph/id/actor/Q458> } }"));
    }

    @Test
    void anArmedGroupsHomeMustBeAState() {
        Model m = ModelFactory.createDefaultModel();
        Resource company = m.createResource("https://w3id.org/actorgraph/id/actor/some-company", AG.resource("Company"));
        company.addProperty(org.apache.jena.vocabulary.RDFS.label, "Société", "fr");
        Resource group = m.createResource("https://w3id.org/actorgraph/id/actor/some-group", AG.resource("ArmedGroup"));
        group.addProperty(org.apache.jena.vocabulary.RDFS.label, "Groupe", "fr");
        assertTrue(ShapeValidator.bundled().validate(m.getGraph()).conform(), "an armed group without a home conforms");
        group.addProperty(AG.homeState, company);
        ShapeValidator.Violations v = ShapeValidator.bundled().validate(m.getGraph());
        assertFalse(v.conform());
        assertTrue(v.messages().stream().anyMatch(s -> s.contains("armed group")), v::toString);
    }

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
