package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « En 2017, le commandant des forces américaines, le général Nicholson, a accusé Moscou »: an office with its article,
 * set off by commas right before a subject that carries a name, is that subject told twice; the parser hangs the office
 * on the verb as a caseless adjunct. The office is the subject (it says whose the person is), the name its apposition.
 */
final class OfficeBeforeNamedSubject {
    private static final Set<String> OFFICES = FrenchWords.list("office-noun");

    private OfficeBeforeNamedSubject() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge subject = Syntax.childEdge(g, verb, "nsubj");
            if (subject == null || !carriesName(g, subject.getDependent())) {
                continue;
            }
            IndexedWord person = subject.getDependent();
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                IndexedWord office = e.getDependent();
                if (e.getRelation().toString().equals("obl:mod") && office.index() < person.index()
                        && OFFICES.contains(Morph.lemma(office)) && Syntax.child(g, office, "det") != null
                        && Syntax.child(g, office, "case") == null && setOffBefore(g, office, person)) {
                    ParseRepairs.move(g, e, verb, "nsubj");
                    ParseRepairs.move(g, subject, office, "appos");
                    break;
                }
            }
        }
    }

    /** « le général Nicholson », « Nicholson »: a name, or a noun with a name in apposition. */
    private static boolean carriesName(SemanticGraph g, IndexedWord n) {
        return "PROPN".equals(n.tag()) || Syntax.isNoun(n) && g.outgoingEdgeList(n).stream()
                .anyMatch(e -> e.getRelation().toString().matches("appos|flat:name") && "PROPN".equals(e.getDependent().tag()));
    }

    /** Whether one comma alone stands between the office's phrase and the subject's, and one closes the subject's. */
    private static boolean setOffBefore(SemanticGraph g, IndexedWord office, IndexedWord person) {
        int end = Syntax.lastWordOf(g, office);
        IndexedWord comma = g.getNodeByIndexSafe(end + 1);
        IndexedWord after = g.getNodeByIndexSafe(Syntax.lastWordOf(g, person) + 1);
        return comma != null && comma.word().equals(",") && end + 2 == Syntax.yieldStart(g, person)
                && after != null && after.word().equals(",");
    }
}
