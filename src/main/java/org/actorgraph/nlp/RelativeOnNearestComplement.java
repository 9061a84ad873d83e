package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « L'Afrique du Sud a saisi la Cour internationale de justice contre Israël, qu'elle accuse … », « identifiés par des
 * enquêteurs indépendants, qui soupçonnent … »: the parser hangs a relative clause after a comma on a noun further
 * back. Right after a complement in a case other than « de » (whose noun belongs to the phrase before it: « le
 * ministre de la Défense de l'Inde, qui »), the relative pronoun takes up that complement.
 */
final class RelativeOnNearestComplement {
    private static final Set<String> CASES = FrenchWords.list("nearest-antecedent-case");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("qui", "que", "qu'", "qu’");

    private RelativeOnNearestComplement() {}

    static void apply(SemanticGraph g) {
        onAttribute(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord host = e.getGovernor();
            IndexedWord verb = e.getDependent();
            if (!e.getRelation().toString().equals("acl:relcl")) {
                continue;
            }
            IndexedWord pronoun = g.getChildren(verb).stream().filter(c -> RELATIVE_PRONOUNS.contains(Syntax.lower(c)))
                    .min((a, b) -> Integer.compare(a.index(), b.index())).orElse(null);
            IndexedWord comma = pronoun == null ? null : g.getNodeByIndexSafe(pronoun.index() - 1);
            IndexedWord last = comma == null || !",".equals(comma.word()) ? null : g.getNodeByIndexSafe(comma.index() - 1);
            IndexedWord nearest = last == null ? null : headOfPhrase(g, last);
            if (nearest == null || nearest.equals(host) || nearest.index() < host.index() || !Syntax.isNoun(nearest)
                    || !CASES.contains(String.valueOf(Syntax.caseWord(g, nearest))) && !verbComplementWithDe(g, nearest)) {
                continue;
            }
            ParseRepairs.move(g, e, nearest, "acl:relcl");
        }
    }

    /** The noun a phrase's last word belongs to (« Israël », « indépendants » of « enquêteurs indépendants »). */
    private static IndexedWord headOfPhrase(SemanticGraph g, IndexedWord word) {
        SemanticGraphEdge in = Syntax.parentEdge(g, word);
        return in != null && in.getRelation().toString().matches("amod|flat.*|nummod") ? in.getGovernor() : word;
    }

    /**
     * « un accord censé rester secret, par lequel la Corée du Nord offrait à Malte des armes »: a relative clause the
     * parser hung on an adjective (or on the infinitive it governs) is that of the noun the adjective describes.
     */
    private static void onAttribute(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord host = e.getGovernor();
            if (!e.getRelation().toString().equals("acl:relcl") || !"ADJ".equals(host.tag())) {
                continue;
            }
            IndexedWord noun = host;
            for (SemanticGraphEdge up = Syntax.parentEdge(g, noun); up != null && !Syntax.isNoun(noun)
                    && up.getRelation().toString().matches("amod|xcomp"); up = Syntax.parentEdge(g, noun)) {
                noun = up.getGovernor();
            }
            if (Syntax.isNoun(noun)) {
                ParseRepairs.move(g, e, noun, "acl:relcl");
            }
        }
    }

    /**
     * « dépendaient de Washington, qui fut leur principal fournisseur »: a complement in « de » of a verb, not of a noun,
     * belongs to no phrase before it.
     */
    private static boolean verbComplementWithDe(SemanticGraph g, IndexedWord noun) {
        SemanticGraphEdge in = Syntax.parentEdge(g, noun);
        return "de".equals(Syntax.caseWord(g, noun)) && in != null && in.getRelation().toString().startsWith("obl")
                && "VERB".equals(in.getGovernor().tag());
    }
}
