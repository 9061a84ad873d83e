package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Phrases that stand for several actors named elsewhere in the sentence: the examples of a plural noun (« des pays
 * comme l'Angola, l'Algérie », also when they close the noun's relative clause) and a reciprocal pronoun (« s'accusent
 * l'un l'autre »: each member of the subject). Part of {@link ActorResolver}.
 */
final class GroupMembers {
    /** Words that introduce the examples of a generic noun ("des pays comme X", "plusieurs États, dont X"). */
    private static final Set<String> EXAMPLE_WORDS = FrenchWords.list("example-word");

    private final ActorResolver resolver;

    GroupMembers(ActorResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * "l'Union européenne et les États-Unis s'accusent (l'un l'autre)": the object of a reciprocal verb stands for
     * each member of its plural subject (each then accuses the others; an actor never relates to itself).
     */
    List<Resolved> reciprocal(LinkedSentence s, IndexedWord node, int depth) {
        SemanticGraph g = s.parsed().graph();
        String w = Syntax.lower(node).replace('’', '\'');
        boolean reflexive = w.equals("se") || w.equals("s'");
        IndexedWord other = w.equals("autre") ? node : Syntax.child(g, node, "amod");
        boolean eachOther = other != null && Syntax.lower(other).equals("autre") && g.vertexListSorted().stream()
                .anyMatch(x -> Syntax.lower(x).equals("un") && x.index() < other.index() && x.index() >= other.index() - 2);
        SemanticGraphEdge in = Syntax.parentEdge(g, node);
        if (!(reflexive || eachOther) || in == null || !in.getRelation().toString().startsWith("obj")
                && !in.getRelation().toString().equals("iobj") && !in.getRelation().toString().startsWith("expl")) {
            return List.of();
        }
        IndexedWord subject = Syntax.child(g, in.getGovernor(), "nsubj");
        List<Resolved> members = subject == null ? List.of() : resolver.resolveWithConjunctsAt(s, subject, depth + 1);
        return members.size() >= 2 ? members : List.of();
    }

    /** "des pays comme l'Angola, l'Algérie", "plusieurs États, dont la France et l'Italie": the examples, with their conjuncts. */
    List<Resolved> examplesOf(LinkedSentence s, IndexedWord node, int depth) {
        if (!Syntax.isNoun(node)) {
            return List.of();
        }
        SemanticGraph g = s.parsed().graph();
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            boolean introduced = false;
            for (SemanticGraphEdge c : g.outgoingEdgeList(d)) {
                String crel = c.getRelation().toString();
                if ((crel.equals("case") || crel.equals("mark") || crel.equals("advmod") || crel.equals("cc"))
                        && EXAMPLE_WORDS.contains(Syntax.lower(c.getDependent()))) {
                    introduced = true;
                }
            }
            if (introduced && (rel.equals("nmod") || rel.equals("appos") || rel.equals("acl") || rel.equals("obl")
                    || rel.equals("conj") || rel.equals("dep"))) {
                List<Resolved> r = resolver.resolveWithConjunctsAt(s, d, depth + 1);
                if (!r.isEmpty()) {
                    return r;
                }
            }
        }
        return examplesInRelative(s, node, depth);
    }

    /**
     * "à des pays qui devraient faire l'objet d'une interdiction de vente comme, par exemple, l'Angola, l'Algérie":
     * the examples may close the noun's relative clause, hung on its last noun; no plural noun stands between.
     */
    private List<Resolved> examplesInRelative(LinkedSentence s, IndexedWord node, int depth) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord clause = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            if (e.getRelation().toString().equals("acl:relcl")) {
                clause = e.getDependent();
            }
        }
        if (clause == null || !plural(g, node)) {
            return List.of();
        }
        for (IndexedWord d : new TreeSet<>(g.descendants(clause))) {
            IndexedWord c = Syntax.child(g, d, "case");
            if (c == null || !EXAMPLE_WORDS.contains(Syntax.lower(c)) || pluralNounBetween(g, d, node)) {
                continue;
            }
            List<Resolved> r = resolver.resolveWithConjunctsAt(s, d, depth + 1);
            if (!r.isEmpty()) {
                return r;
            }
        }
        return List.of();
    }

    private static boolean plural(SemanticGraph g, IndexedWord noun) {
        IndexedWord det = Syntax.child(g, noun, "det");
        return Morph.of(noun).is("p") || det != null && FrenchWords.list("group-determiner").contains(Syntax.lower(det));
    }

    private static boolean pluralNounBetween(SemanticGraph g, IndexedWord d, IndexedWord ancestor) {
        for (SemanticGraphEdge in = Syntax.parentEdge(g, d); in != null && !in.getGovernor().equals(ancestor);
                in = Syntax.parentEdge(g, in.getGovernor())) {
            if ("NOUN".equals(in.getGovernor().tag()) && plural(g, in.getGovernor())) {
                return true;
            }
        }
        return false;
    }
}
