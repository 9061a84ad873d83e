package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;
import org.actorgraph.link.ActorResolver;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Who holds the materiel a participle transfer qualifies (frame option {@code recipient-from-holder}): "l'armée serbe
 * met en œuvre des MiG-29 cédés par la Russie", "L'Irak dispose d'un arsenal composite : des F-16 livrés par les
 * États-Unis". The materiel noun the participle hangs on is, through a list or an apposition, the complement of a
 * verb of holding or receiving (cues.tsv, kind {@code holding}); its subject received what was transferred.
 */
final class Holders {
    private static final int MAX_STEPS = 4;
    private static final Set<String> THROUGH = Set.of("conj", "appos", "nmod", "obj", "obl", "obl:arg", "obl:mod", "dep");

    private final Cues cues;
    private final ActorResolver resolver;

    Holders(Cues cues, ActorResolver resolver) {
        this.cues = cues;
        this.resolver = resolver;
    }

    /** The holders of what the participle {@code trigger} qualifies, or none. */
    List<Resolved> of(LinkedSentence s, IndexedWord trigger) {
        SemanticGraph g = s.parsed().graph();
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        if (in == null || !(in.getRelation().toString().equals("acl") || in.getRelation().toString().equals("amod"))
                || !Morph.of(trigger).pastParticiple()) {
            return List.of();
        }
        IndexedWord n = in.getGovernor();
        for (int step = 0; step < MAX_STEPS; step++) {
            SemanticGraphEdge up = Syntax.parentEdge(g, n);
            if (up == null || !THROUGH.contains(up.getRelation().toString())) {
                return List.of();
            }
            n = up.getGovernor();
            if ("VERB".equals(n.tag())) {
                IndexedWord subject = Syntax.child(g, n, "nsubj");
                return cues.isWord(Cues.Kind.holding, Morph.lemma(n)) && subject != null
                        ? resolver.resolveWithConjuncts(s, subject) : List.of();
            }
        }
        return List.of();
    }
}
