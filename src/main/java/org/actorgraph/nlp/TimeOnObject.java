package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/** Part of {@link ComplementRepairs}: a time phrase the parser hung on the verb's object dates the verb. */
final class TimeOnObject {
    private static final Set<String> SINCE = FrenchWords.list("since-case");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("time-noun");

    private TimeOnObject() {}

    static void apply(SemanticGraph g) {
        sinceOnObject(g);
        untilOnObject(g);
    }

    /**
     * "Washington équipe l'armée grecque depuis la fin des années 1940", "arme les deux pays depuis leur
     * indépendance": a time phrase with « depuis » (or « dès » and a time) that the parser hung on the verb's object
     * dates the verb; an object does not last since a year.
     */
    private static void sinceOnObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord time = e.getDependent();
            SemanticGraphEdge object = Syntax.parentEdge(g, e.getGovernor());
            if (e.getRelation().toString().equals("nmod") && Syntax.hasCaseOrMark(g, time, SINCE)
                    && (TIME_NOUNS.contains(Morph.lemma(time)) || "NUM".equals(time.tag()) || "depuis".equals(Syntax.caseWord(g, time)))
                    && object != null && object.getRelation().toString().equals("obj") && "VERB".equals(object.getGovernor().tag())
                    && "NOUN".equals(e.getGovernor().tag())) {
                ParseRepairs.move(g, e, object.getGovernor(), "obl:mod");
            }
        }
    }

    /**
     * "avaient équipé les deux armées jusqu'aux années 1960": the tokenizer keeps « jusqu'aux » whole and the parser
     * makes it an adjective of the object, with the time noun after it as the object's complement; « jusqu'aux » is
     * that time noun's preposition, and the phrase dates the verb.
     */
    private static void untilOnObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord until = e.getDependent();
            IndexedWord object = e.getGovernor();
            IndexedWord time = g.getNodeByIndexSafe(until.index() + 1);
            SemanticGraphEdge timeIn = time == null ? null : Syntax.parentEdge(g, time);
            SemanticGraphEdge objectIn = Syntax.parentEdge(g, object);
            if (!e.getRelation().toString().equals("amod") || !Syntax.lower(until).replace('\u2019', '\'').startsWith("jusqu'")
                    || timeIn == null || !timeIn.getGovernor().equals(object) || !(timeIn.getRelation().toString().equals("nmod") || timeIn.getRelation().toString().equals("appos"))
                    || objectIn == null || !objectIn.getRelation().toString().equals("obj") || !"VERB".equals(objectIn.getGovernor().tag())) {
                continue;
            }
            ParseRepairs.move(g, timeIn, objectIn.getGovernor(), "obl:mod");
            ParseRepairs.move(g, e, time, "case");
        }
    }
}
