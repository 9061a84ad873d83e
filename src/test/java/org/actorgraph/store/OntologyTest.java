package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.rdf.AG;
import org.actorgraph.testsupport.DataStore;
import org.actorgraph.testsupport.Kg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology and the shapes parse, and every ag: term the graphs use is declared and labelled in both languages. */
class OntologyTest {
    static Model ontology;

    @BeforeAll
    static void parse() {
        ontology = RDFDataMgr.loadModel(Path.of("ontology/actorgraph.ttl").toString());
    }

    @Test
    void ontologyIsAnOwlOntologyAndShapesParse() {
        assertTrue(ontology.contains(ontology.createResource("https://w3id.org/actorgraph/ontology"), RDF.type, OWL.Ontology));
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Path.of("ontology/shapes.ttl").toString()));
        assertTrue(shapes.numRootShapes() >= 10, "shapes with targets expected, got " + shapes.numRootShapes());
    }

    @Test
    void everyTermTheGraphsUseIsDeclaredWithFrenchAndEnglishLabelAndComment() {
        List<Map<String, String>> rows = Kg.select(DataStore.withDevSet(), """
                SELECT DISTINCT ?term WHERE {
                  { GRAPH ?g { ?s ?term ?o } } UNION { GRAPH ?g { ?s a ?term } } UNION { GRAPH ?g { ?s ag:status|ag:modality ?term } }
                  FILTER(STRSTARTS(STR(?term), STR(ag:)))
                }""");
        Set<String> used = new TreeSet<>();
        rows.forEach(r -> used.add(r.get("term")));
        assertTrue(used.containsAll(Set.of(AG.NS + "ArmsTransfer", AG.NS + "Accusation", AG.NS + "sellsArmsTo",
                AG.NS + "supplier", AG.NS + "Delivered", AG.NS + "Asserted")), () -> "terms in use: " + used);
        for (String term : used) {
            Resource r = ontology.createResource(term);
            assertTrue(ontology.contains(r, RDF.type), () -> term + " is used in the graphs but not declared in the ontology");
            for (String lang : List.of("fr", "en")) {
                assertTrue(hasLiteral(r, RDFS.label, lang), () -> term + " has no rdfs:label@" + lang);
                assertTrue(hasLiteral(r, RDFS.comment, lang), () -> term + " has no rdfs:comment@" + lang);
            }
        }
    }

    @Test
    void reusesProvenanceEventAndWikidataVocabularies() {
        String q = "http://www.w3.org/2004/02/skos/core#closeMatch";
        assertTrue(ontology.contains(ontology.createResource(AG.NS + "manufacturer"), ontology.createProperty(q),
                ontology.createResource("http://www.wikidata.org/prop/direct/P176")));
        assertTrue(ontology.contains(ontology.createResource(AG.NS + "Sentence"), RDFS.subClassOf,
                ontology.createResource("http://www.w3.org/ns/prov#Entity")));
        assertFalse(ontology.listSubjectsWithProperty(RDFS.subClassOf,
                ontology.createResource("http://semanticweb.cs.vu.nl/2009/11/sem/Event")).toList().isEmpty());
    }

    private static boolean hasLiteral(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        return ontology.listObjectsOfProperty(r, p).toList().stream()
                .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()) && !o.asLiteral().getString().isBlank());
    }
}
