package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of stage "qualify": whether an event depends on a condition ("si", "au cas où", "accusera ... si"), is told
 * in the conditional mood as a hypothesis, or is asked about.
 */
final class Conditions {
    private static final Set<String> INVERTED_SUBJECTS = FrenchWords.list("inverted-subject");
    private static final Set<String> QUESTION_WORDS = FrenchWords.list("question-word");
    private static final Set<String> CONFIRMING = FrenchWords.list("confirming-verb");
    private static final Set<String> NEGATIVE_PRONOUNS = FrenchWords.list("negative-pronoun");
    private final Cues cues;

    Conditions(Cues cues) {
        this.cues = cues;
    }

    /**
     * Whether a condition, a purpose (« afin qu'ils les acheminent vers l'Ukraine »: what was meant to happen), the
     * conditional mood or a yes-or-no question makes the event a hypothesis.
     */
    boolean hypothetical(SemanticGraph g, ClauseScope scope) {
        String marks = marks(g, scope);
        return cues.find(Cues.Kind.conditionalClause, marks) != null || cues.find(Cues.Kind.purposeClause, marks) != null && !scope.waitedFor()
                || conditional(g, scope) || underCondition(g, scope)
                || yesOrNoQuestion(g, scope);
    }

    /**
     * « La Russie reste-t-elle le premier fournisseur de l'Inde ? », « Est-ce que Pékin arme … ? »: a question with the
     * subject pronoun after its verb, and no question word before it, asks whether the event holds. A question with
     * « pourquoi », « comment », « quand » takes the event as given.
     */
    private static boolean yesOrNoQuestion(SemanticGraph g, ClauseScope scope) {
        List<IndexedWord> words = g.vertexListSorted();
        if (words.isEmpty() || !words.get(words.size() - 1).word().equals("?")) {
            return false;
        }
        for (IndexedWord n : scope.chain()) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                String w = Syntax.lower(e.getDependent());
                // (« Fournit-il … ? » may come split without its hyphen: a subject pronoun right after its verb)
                boolean inverted = w.startsWith("-") && INVERTED_SUBJECTS.contains(w.replaceFirst("^-(t-)?", ""))
                        || e.getRelation().toString().equals("nsubj") && e.getDependent().index() == n.index() + 1
                                && INVERTED_SUBJECTS.contains(w);
                if (inverted) {
                    return words.stream().noneMatch(x -> x.index() < n.index() && QUESTION_WORDS.contains(Syntax.lower(x)));
                }
            }
        }
        return false;
    }

    /** "La Russie accusera l'Union de partialité si nous lui demandons ...": the event depends on a condition. */
    private static boolean underCondition(SemanticGraph g, ClauseScope scope) {
        // Only an event still to come depends on its condition ("accusera ... si"); "accusant l'Italie de complicité si
        // elle n'extradait pas" states the accusation made, the condition is part of what it says.
        IndexedWord trigger = scope.chain().get(0);
        boolean toCome = Morph.of(trigger).future() || Morph.of(trigger).conditional() || Morph.of(trigger).infinitive()
                || g.outgoingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux")
                        && (Morph.of(e.getDependent()).future() || Morph.of(e.getDependent()).conditional()));
        if (!toCome) {
            return false;
        }
        for (IndexedWord n : scope.chain()) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                if (e.getRelation().toString().equals("advcl") && e.getDependent().index() > n.index()) {
                    SemanticGraphEdge mark = Syntax.childEdge(g, e.getDependent(), "mark");
                    if (mark != null && Syntax.lower(mark.getDependent()).equals("si")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The subordinators of the predicates in scope with their modifiers ("si", "même si", "au cas où"). */
    private static String marks(SemanticGraph g, ClauseScope scope) {
        StringBuilder sb = new StringBuilder();
        for (IndexedWord n : scope.chain()) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                if (e.getRelation().toString().equals("mark")) {
                    IndexedWord m = e.getDependent();
                    IndexedWord before = g.getNodeByIndexSafe(m.index() - 1);
                    if (before != null && before.index() > 0) {
                        sb.append(Syntax.lower(before)).append(' ');
                    }
                    sb.append(Syntax.lower(m));
                    // « afin qu' », « pour que », « au cas où »: the words fixed to the mark are part of it
                    g.outgoingEdgeList(m).stream().filter(f -> f.getRelation().toString().equals("fixed"))
                            .forEach(f -> sb.append(' ').append(Syntax.lower(f.getDependent())));
                    sb.append(" | ");
                }
            }
        }
        return sb.toString();
    }

    /**
     * A predicate in the present conditional ("livrerait", "fournirait") hedges the event, unless it reports, under
     * a verb of saying in the past, what was announced ("Moscou a annoncé qu'il livrerait"): the future in the past.
     * The past conditional of a completed act ("Israël aurait fourni au Viêt Nam des Spyder") is the press's way of
     * reporting a fact it has not confirmed itself, not a hypothesis: the event stands, unless a condition ("si"),
     * a modal verb ("aurait pu livrer") or a negation says otherwise, which the callers test on their own.
     */
    private boolean conditional(SemanticGraph g, ClauseScope scope) {
        for (int i = 0; i < scope.chain().size(); i++) {
            IndexedWord n = scope.chain().get(i);
            boolean cond = Morph.of(n).conditional();
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                if (e.getRelation().toString().startsWith("aux") && Morph.of(e.getDependent()).conditional()) {
                    // « aurait acquis des Su-57 ; l'information n'a jamais été confirmée »: a report the text doubts
                    cond |= !Morph.of(n).pastParticiple() || unconfirmed(g);
                }
            }
            if (cond) {
                IndexedWord above = i + 1 < scope.chain().size() ? scope.chain().get(i + 1) : null;
                // Under a verb of saying in the present ("des médias affirment que la Chine fournirait"), a claim.
                boolean reported = above != null && cues.isWord(Cues.Kind.speech, Morph.lemma(above))
                        && !Morph.of(above).conditional() && !Morph.of(above).reads("ind pres");
                return !reported;
            }
        }
        return false;
    }

    /** Whether the sentence says that something was never or not confirmed (« n'a jamais été confirmée »). */
    private boolean unconfirmed(SemanticGraph g) {
        // (« ce qu'aucune des deux capitales n'a confirmé »: or whose subject is a negative pronoun)
        // (« nous n'avons pu confirmer »: or the verb it is the infinitive of is negated)
        return g.vertexSet().stream().anyMatch(v -> CONFIRMING.contains(Morph.lemma(v))
                && (cues.find(Cues.Kind.negation, new ClauseScope(g, v).ownText()) != null
                        || Syntax.parentEdge(g, v) != null && Syntax.parentEdge(g, v).getRelation().toString().equals("xcomp")
                                && cues.find(Cues.Kind.negation, new ClauseScope(g, g.getParent(v)).ownText()) != null
                        || g.outgoingEdgeList(v).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
                                && NEGATIVE_PRONOUNS.contains(Syntax.lower(e.getDependent())))));
    }
}
