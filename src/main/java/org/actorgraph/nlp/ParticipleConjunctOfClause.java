package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Le quotidien rappelle que le ministre avait condamné le gouvernement kiribatien, et accusé Pékin de … »: the parser
 * makes the second participle a conjunct of the main verb, which is finite and has no participle to share an
 * auxiliary with. A past participle without auxiliary or subject, after « et », is a conjunct of the participle with
 * an auxiliary in the complement clause it follows; so is one with the same auxiliary as that participle's (« Il
 * rappelle que Mogadiscio a saisi la Cour … et a accusé Nairobi »).
 */
final class ParticipleConjunctOfClause {
    private static final Set<String> AVOIR = FrenchWords.list("avoir-form");

    private ParticipleConjunctOfClause() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord main = e.getGovernor();
            IndexedWord participle = e.getDependent();
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(participle.tag()) || !Morph.of(participle).pastParticiple()
                    || Morph.of(main).pastParticiple() || Syntax.child(g, main, "aux") != null
                    || Syntax.child(g, participle, "cc") == null
                    || Syntax.child(g, participle, "aux:pass") != null || Syntax.child(g, participle, "nsubj") != null) {
                continue;
            }
            SemanticGraphEdge complement = Syntax.childEdge(g, main, "ccomp");
            IndexedWord first = complement == null ? null : complement.getDependent();
            IndexedWord aux = first == null ? null : Syntax.child(g, first, "aux");
            IndexedWord own = Syntax.child(g, participle, "aux");
            if (first != null && first.index() > main.index() && first.index() < participle.index() && Morph.of(first).pastParticiple()
                    && aux != null && AVOIR.contains(Syntax.lower(aux)) && (own == null || Syntax.lower(own).equals(Syntax.lower(aux)))) {
                ParseRepairs.move(g, e, first, "conj");
            }
        }
    }
}
