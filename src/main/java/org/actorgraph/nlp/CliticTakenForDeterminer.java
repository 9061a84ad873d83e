package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Khartoum traîne les Émirats devant la Cour, les accusant d'armer les milices »: the tagger reads the clitic before a
 * participle as an article, and the parser makes it the verb's determiner. A « le », « la », « l' » or « les » that
 * is a verb's determiner, right before it, is its object; « leur » its indirect object. One the parser already made
 * the verb's object keeps the tagger's article tag, which this makes a pronoun too. Likewise « en », which the parser
 * reads before a finite verb as a gerund's preposition ({@link #enTakenForGerund}).
 */
final class CliticTakenForDeterminer {
    /** The clitics that have the shape of an article (or of a possessive, « leur »). */
    static final Set<String> ARTICLE_SHAPED = Set.of("le", "la", "les", "leur", "l'");

    private CliticTakenForDeterminer() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord clitic = e.getDependent();
            String word = Syntax.lower(clitic);
            String rel = e.getRelation().toString();
            if ((rel.equals("obj") || rel.equals("iobj")) && "DET".equals(clitic.tag()) && "VERB".equals(verb.tag())
                    && clitic.index() == verb.index() - 1 && ARTICLE_SHAPED.contains(word)) {
                // « a fini par les revendre »: the parser got the relation right and kept the tagger's article
                clitic.setTag("PRON");
                continue;
            }
            if (!rel.equals("det") || !"VERB".equals(verb.tag()) || clitic.index() != verb.index() - 1
                    || !ARTICLE_SHAPED.contains(word)) {
                continue;
            }
            clitic.setTag("PRON");
            ParseRepairs.move(g, e, verb, word.equals("leur") ? "iobj" : "obj");
        }
        enTakenForGerund(g);
        secondSubjectClitic(g);
    }

    /**
     * « L'Allemagne nous a livré quatre sous-marins »: the parser makes « nous » a second subject. A « nous » or
     * « vous » right before the verb (or its auxiliaries) that has a noun for its subject before it is its object,
     * indirect when the verb has another object; so is one before a verb in the third person, whose subject the parser
     * took for an oblique.
     */
    private static void secondSubjectClitic(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord clitic = e.getDependent();
            if (!e.getRelation().toString().equals("nsubj") || !Set.of("nous", "vous").contains(Syntax.lower(clitic))
                    || clitic.index() > verb.index() || !onlyAuxiliariesBetween(g, clitic, verb)) {
                continue;
            }
            IndexedWord en = Syntax.child(g, verb, "mark");
            if (en != null && Syntax.lower(en).equals("en") && en.index() == clitic.index() - 1 && Syntax.isPresentParticiple(verb)) {
                // « en nous reprochant d'avoir abîmé le fleuve »: a gerund has no subject of its own
                ParseRepairs.move(g, e, verb, "iobj");
                continue;
            }
            boolean nounSubject = g.outgoingEdgeList(verb).stream().anyMatch(x -> x.getRelation().toString().equals("nsubj")
                    && !x.getDependent().equals(clitic) && Syntax.isNoun(x.getDependent()) && x.getDependent().index() < clitic.index());
            // « Le Nicaragua, de son côté, nous a poursuivis »: or a noun before it set off by an aside, which the
            // parser made an oblique, with a verb in the third person, which « nous » cannot be the subject of
            IndexedWord first = Syntax.firstOfVerb(g, verb);
            SemanticGraphEdge setOff = nounSubject || !Morph.of(first).is("3") ? null : g.outgoingEdgeList(verb).stream()
                    .filter(x -> x.getRelation().toString().matches("obl:mod|obl|dislocated") && Syntax.isNoun(x.getDependent())
                            && x.getDependent().index() < clitic.index() && Syntax.child(g, x.getDependent(), "case") == null)
                    .findFirst().orElse(null);
            if (nounSubject || setOff != null) {
                ParseRepairs.move(g, e, verb, Syntax.child(g, verb, "obj") != null ? "iobj" : "obj");
            }
            if (setOff != null) {
                ParseRepairs.move(g, setOff, verb, "nsubj");
            }
        }
    }

    /**
     * « Tripoli en prête une partie à l'Égypte »: the parser reads « en » before a finite verb as the preposition of a
     * gerund. Right before a finite verb (or its auxiliaries: « la Croatie en avait commandé douze »), it is the clitic
     * (as « en » on an indirect object); before an infinitive the parser's reading is broken elsewhere too (« a refusé de
     * lui en fournir »).
     */
    private static void enTakenForGerund(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord en = e.getDependent();
            if (e.getRelation().toString().equals("mark") && Syntax.lower(en).equals("en") && "VERB".equals(verb.tag())
                    && onlyAuxiliariesBetween(g, en, verb) && !Syntax.isPresentParticiple(verb) && !Morph.of(verb).infinitive()) {
                en.setTag("PRON");
                ParseRepairs.move(g, e, verb, "iobj");
            }
        }
    }

    /** « en a livré », « en avait commandé »: nothing but the verb's auxiliaries between the two. */
    private static boolean onlyAuxiliariesBetween(SemanticGraph g, IndexedWord en, IndexedWord verb) {
        for (int i = en.index() + 1; i < verb.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            SemanticGraphEdge in = w == null ? null : Syntax.parentEdge(g, w);
            if (in == null || !in.getGovernor().equals(verb) || !in.getRelation().toString().startsWith("aux")) {
                return false;
            }
        }
        return en.index() < verb.index();
    }
}
