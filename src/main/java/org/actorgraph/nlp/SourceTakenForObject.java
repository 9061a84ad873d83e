package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * Part of {@link ComplementRepairs}: « Santiago a reçu des Pays-Bas plusieurs dizaines de chasseurs »: the parser reads
 * the « des » of a plural name (« de les Pays-Bas », « des États-Unis ») as an article and makes the name a second
 * object. A verb with two objects, the first a name with « des », has that name for its « de » complement.
 */
final class SourceTakenForObject {
    private SourceTakenForObject() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexSet())) {
            List<SemanticGraphEdge> objects = g.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().equals("obj"))
                    .sorted((a, b) -> Integer.compare(a.getDependent().index(), b.getDependent().index())).toList();
            if (objects.size() < 2 || !"VERB".equals(verb.tag())) {
                continue;
            }
            IndexedWord name = objects.get(0).getDependent();
            SemanticGraphEdge article = Syntax.childEdge(g, name, "det");
            if ("PROPN".equals(name.tag()) && article != null && "des".equals(Syntax.lower(article.getDependent()))) {
                ParseRepairs.move(g, objects.get(0), verb, "obl:arg");
                ParseRepairs.move(g, article, name, "case");
            }
        }
    }
}
