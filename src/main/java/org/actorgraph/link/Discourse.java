package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.nlp.Syntax;

/**
 * What the document said before a sentence, for the anaphora the press uses in place of a name:
 * "le pays", "l'île" (the last state named before), "ces trois pays", "les deux pays" (the last group of
 * that many states named together). An armed group is not a country: "le pays" never stands for
 * the Hezbollah, though a subject pronoun ("il") may.
 */
public final class Discourse {
    private static final Set<String> PLACE_NOUNS = Set.of("pays", "île", "archipel", "royaume", "émirat", "république",
            "péninsule", "état");
    private static final Map<String, Integer> NUMBERS = Map.of("deux", 2, "trois", 3, "quatre", 4, "cinq", 5, "2", 2,
            "3", 3, "4", 4, "5", 5);
    private static final Set<String> DEFINITE = Set.of("le", "la", "l'", "l’", "cet", "cette", "ce");

    private record Named(int sentence, int token, Actor state) {}

    private record Group(int sentence, int token, List<Actor> states) {}

    private final List<Named> named = new ArrayList<>();
    private final List<Named> subjects = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

    /** Records the states a sentence names, once it has been linked. */
    public void record(LinkedSentence s, Gazetteer gazetteer, ActorResolver resolver) {
        int index = s.parsed().index();
        for (Mention m : s.mentions()) {
            Actor state = gazetteer.accountable(m.actor());
            if (state != null && state.kind() != ActorKind.ArmedGroup) {
                named.add(new Named(index, s.firstTokenOf(m), state));
            }
        }
        if (!s.parsed().isParsed()) {
            return;
        }
        SemanticGraph g = s.parsed().graph();
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            if (e.getRelation().toString().equals("nsubj") && !Syntax.isSubjectPronoun(e.getDependent())) {
                resolver.resolve(s, e.getDependent(), 0).stream().map(r -> gazetteer.accountable(r.actor()))
                        .filter(a -> a != null).findFirst()
                        .ifPresent(a -> subjects.add(new Named(index, e.getDependent().index(), a)));
            }
        }
        for (IndexedWord n : g.vertexListSorted()) {
            boolean hasConj = g.outgoingEdgeList(n).stream().anyMatch(e -> e.getRelation().toString().equals("conj"));
            if (!hasConj && !gazetteer.isAgentNoun(n.word())) {
                continue;
            }
            List<Actor> states = resolver.resolveWithConjuncts(s, n).stream().map(r -> gazetteer.accountable(r.actor()))
                    .filter(a -> a != null && a.kind() != ActorKind.ArmedGroup).distinct().toList();
            if (states.size() >= 2) {
                groups.add(new Group(index, n.index(), states));
            }
        }
    }

    /** The states an anaphoric noun phrase stands for, or none when the node is not one. */
    List<Actor> antecedents(LinkedSentence s, IndexedWord node, Set<Actor> exclude) {
        String word = node.word().toLowerCase(Locale.ROOT);
        if (!PLACE_NOUNS.contains(word)) {
            return List.of();
        }
        SemanticGraph g = s.parsed().graph();
        String det = null;
        Integer count = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            String w = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (rel.equals("det")) {
                det = w;
            } else if (rel.equals("nummod")) {
                count = NUMBERS.get(w);
            } else if (rel.equals("amod") || rel.equals("nmod") || rel.equals("acl:relcl")) {
                return List.of();
            }
        }
        int sentence = s.parsed().index();
        if (count != null && ("ces".equals(det) || "les".equals(det))) {
            for (int i = groups.size() - 1; i >= 0; i--) {
                Group gr = groups.get(i);
                if (before(gr.sentence(), gr.token(), sentence, node.index()) && gr.states().size() == count) {
                    return gr.states();
                }
            }
            return List.of();
        }
        if (det != null && DEFINITE.contains(det)) {
            for (int i = named.size() - 1; i >= 0; i--) {
                Named n = named.get(i);
                if (before(n.sentence(), n.token(), sentence, node.index()) && !exclude.contains(n.state())) {
                    return List.of(n.state());
                }
            }
        }
        return List.of();
    }

    /** For a subject pronoun: the state that was last the subject of a clause, in this or the previous sentence. */
    Actor lastSubject(LinkedSentence s, IndexedWord pronoun) {
        int sentence = s.parsed().index();
        for (int i = subjects.size() - 1; i >= 0; i--) {
            Named n = subjects.get(i);
            if (before(n.sentence(), n.token(), sentence, pronoun.index()) && n.sentence() >= sentence - 1) {
                return n.state();
            }
        }
        return null;
    }

    private static boolean before(int s1, int t1, int s2, int t2) {
        return s1 < s2 || (s1 == s2 && t1 < t2);
    }
}
