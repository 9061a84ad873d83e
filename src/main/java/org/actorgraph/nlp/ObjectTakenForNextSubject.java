package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « La Turquie a livré au Tchad, en 2024, des drones armés, et les visites de délégations se multiplient »: the
 * parser makes an indefinite object after an insert, with the subject of the next clause (« , et les visites »), one
 * subject list of that clause, which it hangs on the verb. The indefinite noun is the verb's object, the noun after
 * « , et » the next clause's subject, and that clause a conjunct of the verb. A definite object too, when the noun after
 * « , et » hangs on a complement within its phrase (a definite noun and the next one may well be a true subject list).
 */
final class ObjectTakenForNextSubject {
    private static final Set<String> INDEFINITE = Set.of("des", "un", "une", "de", "d'");
    private static final Set<String> CLAUSE_ON_VERB = Set.of("advcl", "conj", "parataxis");

    private ObjectTakenForNextSubject() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            if (!"VERB".equals(verb.tag()) || Syntax.child(g, verb, "obj") != null) {
                continue;
            }
            for (SemanticGraphEdge toClause : new ArrayList<>(g.outgoingEdgeList(verb))) {
                IndexedWord next = toClause.getDependent();
                SemanticGraphEdge subjectEdge = Syntax.childEdge(g, next, "nsubj");
                IndexedWord object = subjectEdge == null ? null : subjectEdge.getDependent();
                IndexedWord det = object == null ? null : Syntax.child(g, object, "det");
                SemanticGraphEdge toSubject = object == null ? null : Syntax.childEdge(g, object, "conj");
                if (det != null && !INDEFINITE.contains(Syntax.lower(det))) {
                    // « dénonce « l'occupation » des Malouines par le Royaume-Uni, et le président … a réaffirmé »: a
                    // definite object, the next subject hung on a complement within its phrase
                    toSubject = conjunctAfterComma(g, object);
                }
                if (!CLAUSE_ON_VERB.contains(toClause.getRelation().toString()) || next.index() < verb.index() || object == null
                        || object.index() < verb.index() || det == null || toSubject == null) {
                    continue;
                }
                IndexedWord subject = toSubject.getDependent();
                SemanticGraphEdge cc = Syntax.childEdge(g, subject, "cc");
                IndexedWord subjectDet = Syntax.child(g, subject, "det");
                if (cc == null || !Syntax.lower(cc.getDependent()).equals("et") || !Syntax.precededBy(g, cc.getDependent().index(), ",")
                        || subjectDet == null || INDEFINITE.contains(Syntax.lower(subjectDet))) {
                    continue;
                }
                ParseRepairs.move(g, subjectEdge, verb, "obj");
                ParseRepairs.move(g, toSubject, next, "nsubj");
                ParseRepairs.move(g, cc, next, "cc");
                ParseRepairs.move(g, toClause, verb, "conj");
                break;
            }
        }
    }

    /** The conjunct after « , et » that hangs on a complement within the object's phrase, or null. */
    private static SemanticGraphEdge conjunctAfterComma(SemanticGraph g, IndexedWord object) {
        for (IndexedWord d : g.descendants(object)) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(d)) {
                IndexedWord cc = Syntax.child(g, e.getDependent(), "cc");
                if (!d.equals(object) && e.getRelation().toString().equals("conj") && cc != null
                        && Syntax.lower(cc).equals("et") && Syntax.precededBy(g, cc.index(), ",")) {
                    return e;
                }
            }
        }
        return null;
    }
}
