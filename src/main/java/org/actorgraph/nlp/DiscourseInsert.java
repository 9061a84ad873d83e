package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: an aside such as « de son côté » or « pour sa part » between a verb and its subject or
 * object. The parser hangs the object on the aside (« Alger accuse pour sa part Bamako de … », « Washington accuse de
 * son côté Pékin ») or the aside on the subject, which it then takes for a complement (« Israël, de son côté, accusa
 * Damas »). The object and the subject are the verb's; the aside is a modifier of the verb.
 */
final class DiscourseInsert {
    private static final Set<String> ASIDE_NOUNS = FrenchWords.list("aside-noun");
    private static final Set<String> POSSESSIVE = FrenchWords.list("possessive");

    private DiscourseInsert() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord aside = e.getGovernor();
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            // « condamnait "dans les termes les plus fermes" les frappes »: a noun after a quoted oblique is no
            // apposition of it.
            boolean afterQuote = rel.equals("appos") && "NOUN".equals(d.tag()) && Syntax.child(g, d, "det") != null
                    && Syntax.wordBetween(g, aside, d, Set.of("»", "\""));
            boolean objectOnAside = isAside(g, aside) && Syntax.isNoun(d) && d.index() > aside.index()
                    && (rel.equals("appos") || rel.equals("nmod") && Syntax.child(g, d, "case") == null);
            if (!objectOnAside && !afterQuote) {
                continue;
            }
            IndexedWord verb = Syntax.verbOfOblique(g, aside);
            if (verb != null && Syntax.child(g, verb, "obj") == null) {
                ParseRepairs.move(g, e, verb, "obj");
            }
        }
        for (IndexedWord aside : g.vertexListSorted()) {
            SemanticGraphEdge in = Syntax.parentEdge(g, aside);
            if (in == null || !isAside(g, aside) || !in.getRelation().toString().matches("appos|nmod")) {
                continue;
            }
            IndexedWord subject = in.getGovernor();
            SemanticGraphEdge toVerb = Syntax.parentEdge(g, subject);
            if (toVerb != null && toVerb.getRelation().toString().equals("appos") && Syntax.precededBy(g, subject.index(), ";")) {
                subjectAfterSemicolon(g, in, toVerb);
                continue;
            }
            // « Rabat, de son côté, accuse Alger »: the aside hung on the subject as its apposition or complement
            if (toVerb == null || !"VERB".equals(toVerb.getGovernor().tag()) || !toVerb.getRelation().toString().startsWith("obl")
                    || Syntax.child(g, subject, "case") != null || subject.index() > toVerb.getGovernor().index()) {
                continue;
            }
            IndexedWord verb = toVerb.getGovernor();
            ParseRepairs.move(g, in, verb, "obl:mod");
            if (Syntax.child(g, verb, "nsubj") == null && Syntax.child(g, verb, "nsubj:pass") == null) {
                ParseRepairs.move(g, toVerb, verb, "nsubj");
            }
        }
    }

    /**
     * « … des armes plus que des alliés ; Israël, de son côté, reprochait au Caire »: the parser takes the noun before
     * the semicolon for the verb's subject and the name after it for its apposition. The name is the subject; the noun
     * goes back to the clause before the semicolon.
     */
    private static void subjectAfterSemicolon(SemanticGraph g, SemanticGraphEdge asideEdge, SemanticGraphEdge apposition) {
        IndexedWord wrong = apposition.getGovernor();
        SemanticGraphEdge subject = Syntax.parentEdge(g, wrong);
        if (subject == null || !subject.getRelation().toString().equals("nsubj") || subject.getGovernor().index() < apposition.getDependent().index()) {
            return;
        }
        IndexedWord verb = subject.getGovernor();
        IndexedWord before = verb;
        // the verb of the clause before the semicolon, above the verb after it
        for (int i = 0; i < 3 && before != null && !("VERB".equals(before.tag()) && before.index() < wrong.index()); i++) {
            SemanticGraphEdge up = Syntax.parentEdge(g, before);
            before = up == null ? null : up.getGovernor();
        }
        if (before == null || before.index() > wrong.index()) {
            return;
        }
        ParseRepairs.move(g, subject, before, "obl");
        ParseRepairs.move(g, apposition, verb, "nsubj");
        ParseRepairs.move(g, asideEdge, verb, "obl:mod");
    }

    /** « de son côté », « pour sa part », « de leur côté »: an aside noun with a preposition and a possessive. */
    private static boolean isAside(SemanticGraph g, IndexedWord w) {
        IndexedWord det = Syntax.child(g, w, "det");
        return ASIDE_NOUNS.contains(Syntax.lower(w)) && Syntax.child(g, w, "case") != null && det != null
                && POSSESSIVE.contains(Syntax.lower(det));
    }
}
