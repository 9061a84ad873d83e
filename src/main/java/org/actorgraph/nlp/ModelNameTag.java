package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.international.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Part of {@link ParseRepairs}: the tokenizer splits "F-16" or "Su-30" into "F" and "-16", and the tagger calls the
 * first part X (foreign or unknown). With its number right after it, it is a model's name, a proper noun: a
 * participle or a relative clause on it is on a noun (« des F-16, commandés aux États-Unis »). What the parser hung on
 * the number (« Les Su-30 ougandais, achetés à la Russie »: the adjective, the participle) is the name's. A name
 * right after an object, hung on the verb, names the object. Letters the tokenizer split off after the number
 * (« F-35A », « Su-30SM ») are part of the name.
 */
final class ModelNameTag {
    private ModelNameTag() {}

    static void apply(SemanticGraph g) {
        lettersAfterNumber(g);
        numberOnNextWord(g);
        nameOnAdjectiveAfter(g);
        for (IndexedWord w : g.vertexSet()) {
            // « douze F-16 »: the quantity is a nummod of the name too, so look for the number right after it
            boolean named = "X".equals(w.tag()) && g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("nummod")
                    && e.getDependent().index() == w.index() + 1 && e.getDependent().word().startsWith("-"));
            if (named) {
                w.setTag("PROPN");
            }
        }
        for (IndexedWord w : new ArrayList<>(g.vertexSet())) {
            SemanticGraphEdge in = Syntax.parentEdge(g, w);
            if (in == null || !w.word().startsWith("-") || !"NUM".equals(w.tag()) || in.getGovernor().index() != w.index() - 1
                    || !"PROPN".equals(in.getGovernor().tag()) || !in.getRelation().toString().matches("nummod|appos")) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(w))) {
                if (!e.getRelation().toString().equals("punct")) {
                    ParseRepairs.move(g, e, in.getGovernor(), e.getRelation().toString());
                }
            }
        }
        nameAfterObject(g);
        nameOnAdjective(g);
    }

    /**
     * « trente-quatre F-35A commandés aux États-Unis », « des Su-30SM livrés par la Russie »: the tokenizer splits the
     * letters after the number off the name (« F », « -35 », « A »), and the parser reads them as anything: a
     * preposition marking the participle after them, a numeral, an apposition. The three words are one name, headed
     * by its first part where the highest of them hung; the number is its numeral, the letters a part of its name, and
     * what hung on either is the name's (a participle the letters were read to mark, right after them, is on the name).
     * A number right before the name that the parser made its head counts it.
     */
    private static void lettersAfterNumber(SemanticGraph g) {
        for (IndexedWord name : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord number = g.getNodeByIndexSafe(name.index() + 1);
            IndexedWord letters = g.getNodeByIndexSafe(name.index() + 2);
            if (number == null || letters == null || !number.word().matches("-[0-9]+") || !letters.word().matches("[A-Z][A-Za-z]{0,3}")
                    || !Character.isLetter(name.word().charAt(0)) || !Character.isUpperCase(name.word().charAt(0))
                    || number.beginPosition() >= 0 && (number.beginPosition() != name.endPosition() || letters.beginPosition() != number.endPosition())) {
                continue;
            }
            List<IndexedWord> parts = List.of(name, number, letters);
            IndexedWord top = parts.stream().filter(p -> Syntax.parentEdge(g, p) == null || !parts.contains(Syntax.parentEdge(g, p).getGovernor()))
                    .min(Comparator.comparingInt(p -> g.getPathToRoot(p) == null ? 0 : g.getPathToRoot(p).size())).orElse(name);
            SemanticGraphEdge topIn = Syntax.parentEdge(g, top);
            IndexedWord marked = null;
            SemanticGraphEdge lettersIn = Syntax.parentEdge(g, letters);
            if (lettersIn != null && lettersIn.getRelation().toString().equals("mark") && "VERB".equals(lettersIn.getGovernor().tag())
                    && lettersIn.getGovernor().index() == letters.index() + 1) {
                marked = lettersIn.getGovernor();
            }
            Language language = parts.stream().map(p -> Syntax.parentEdge(g, p)).filter(e -> e != null)
                    .map(e -> e.getRelation().getLanguage()).findFirst().orElse(null);
            if (language == null) {
                continue;
            }
            for (IndexedWord p : parts) {
                SemanticGraphEdge in = Syntax.parentEdge(g, p);
                if (in != null) {
                    g.removeEdge(in);
                }
            }
            if (topIn == null || parts.contains(topIn.getGovernor())) {
                g.setRoot(name);
            } else if (!topIn.getGovernor().equals(marked)) {
                g.addEdge(topIn.getGovernor(), name, topIn.getRelation(), topIn.getWeight(), topIn.isExtra());
            }
            g.addEdge(name, number, GrammaticalRelation.valueOf(language, "nummod"), 1.0, false);
            g.addEdge(name, letters, GrammaticalRelation.valueOf(language, "flat:name"), 1.0, false);
            for (IndexedWord p : List.of(number, letters)) {
                for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(p))) {
                    if (!parts.contains(e.getDependent())) {
                        // (a phrase after a comma hung on the letters as a conjunct with no conjunction is an
                        // apposition: « douze chasseurs Su-30K, d'anciens appareils de l'armée de l'air indienne »)
                        boolean apposed = e.getRelation().toString().equals("conj") && Syntax.child(g, e.getDependent(), "cc") == null;
                        ParseRepairs.move(g, e, name, apposed ? "appos" : e.getRelation().toString());
                    }
                }
            }
            if (marked != null && Syntax.parentEdge(g, name) == null && !g.getRoots().contains(name)) {
                // the letters headed the name under the participle they were read to mark: the name takes its place
                ParseRepairs.takePlace(g, marked, name, null);
                g.addEdge(name, marked, GrammaticalRelation.valueOf(language, "acl"), 1.0, false);
            } else if (marked != null) {
                SemanticGraphEdge markedIn = Syntax.parentEdge(g, marked);
                // (a root participle stays the root: the name already hangs under it)
                if (markedIn != null && !markedIn.getGovernor().equals(name) && !g.descendants(marked).contains(name)) {
                    ParseRepairs.move(g, markedIn, name, "acl");
                }
            }
            name.setTag("PROPN");
            letters.setTag("PROPN");
            countTakenForHead(g, name);
        }
    }

    /** « par trente-quatre F-35A »: the parser made the number before the name its head; the name takes its place. */
    private static void countTakenForHead(SemanticGraph g, IndexedWord name) {
        SemanticGraphEdge in = Syntax.parentEdge(g, name);
        IndexedWord count = in == null ? null : in.getGovernor();
        if (count == null || !"NUM".equals(count.tag()) || count.index() != name.index() - 1) {
            return;
        }
        g.removeEdge(in);
        ParseRepairs.takePlace(g, count, name, null);
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(count))) {
            ParseRepairs.move(g, e, name, e.getRelation().toString());
        }
        g.addEdge(name, count, GrammaticalRelation.valueOf(in.getRelation().getLanguage(), "nummod"), in.getWeight(), false);
    }

    /**
     * « six avions d'attaque légère Tucano »: the parser hangs the model's name on the adjective before
     * it; an adjective names nothing, and the name is the noun's the adjective qualifies.
     */
    private static void nameOnAdjective(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord adjective = e.getGovernor();
            SemanticGraphEdge in = Syntax.parentEdge(g, adjective);
            if (e.getRelation().toString().equals("appos") && "ADJ".equals(adjective.tag()) && "PROPN".equals(e.getDependent().tag())
                    && in != null && in.getRelation().toString().equals("amod") && Syntax.isNoun(in.getGovernor())) {
                ParseRepairs.move(g, e, in.getGovernor(), "appos");
            }
        }
    }

    /**
     * « douze F-16 néerlandais »: the parser may read the word after the number as a noun the number counts, hung on
     * the first part of the name. The number is the name's, and the lower-case word after it qualifies the name: an
     * adjective, or a participle when the dictionary has one.
     */
    private static void numberOnNextWord(SemanticGraph g) {
        for (IndexedWord w : g.vertexListSorted()) {
            IndexedWord next = g.getNodeByIndexSafe(w.index() + 2);
            SemanticGraphEdge numberIn = numberOfName(g, w);
            SemanticGraphEdge nextIn = next == null ? null : Syntax.parentEdge(g, next);
            if (numberIn == null || !numberIn.getGovernor().equals(next) || nextIn == null || !nextIn.getGovernor().equals(w)
                    || !"NOUN".equals(next.tag()) || !Character.isLowerCase(next.word().charAt(0))) {
                continue;
            }
            ParseRepairs.move(g, numberIn, w, "nummod");
            Morph participle = Morph.of(next).asParticiple();
            if (participle != null) {
                // « les F-35 acquis auprès des États-Unis »: a participle, with its own complements
                ParseRepairs.move(g, nextIn, w, "acl");
                VerbTakenForNoun.retag(next, participle);
            } else {
                ParseRepairs.move(g, nextIn, w, "amod");
                next.setTag("ADJ");
            }
        }
    }

    /**
     * « F », « -16 »: where a word tagged X (the first part of a model's name) has a number starting with « - » right
     * after it, the edge that number hangs by, wherever the parser hung it; else null.
     */
    private static SemanticGraphEdge numberOfName(SemanticGraph g, IndexedWord w) {
        IndexedWord number = g.getNodeByIndexSafe(w.index() + 1);
        return "X".equals(w.tag()) && number != null && number.word().startsWith("-") && "NUM".equals(number.tag())
                ? Syntax.parentEdge(g, number) : null;
    }

    /**
     * « quatorze chasseurs J-7 neufs »: the parser may hang both parts of the name on the adjective after it, which
     * qualifies the noun before the name. The number is the name's, and the name is in apposition to that noun.
     */
    private static void nameOnAdjectiveAfter(SemanticGraph g) {
        for (IndexedWord w : g.vertexListSorted()) {
            IndexedWord adjective = g.getNodeByIndexSafe(w.index() + 2);
            SemanticGraphEdge numberIn = numberOfName(g, w);
            SemanticGraphEdge nameIn = Syntax.parentEdge(g, w);
            SemanticGraphEdge adjectiveIn = adjective == null ? null : Syntax.parentEdge(g, adjective);
            if (numberIn == null || !numberIn.getGovernor().equals(adjective) || nameIn == null || !nameIn.getGovernor().equals(adjective)
                    || !"ADJ".equals(adjective.tag()) || adjectiveIn == null || !adjectiveIn.getRelation().toString().equals("amod")
                    || !Syntax.isNoun(adjectiveIn.getGovernor()) || adjectiveIn.getGovernor().index() > w.index()) {
                continue;
            }
            ParseRepairs.move(g, numberIn, w, "nummod");
            ParseRepairs.move(g, nameIn, adjectiveIn.getGovernor(), "appos");
            w.setTag("PROPN");
        }
    }

    /**
     * « Oslo a acheté des systèmes sol-air NASAMS »: the parser hangs the name right after the object on the verb,
     * as an oblique without a preposition; it names the object.
     */
    private static void nameAfterObject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getDependent();
            IndexedWord object = Syntax.child(g, e.getGovernor(), "obj");
            if (e.getRelation().toString().startsWith("obl") && "VERB".equals(e.getGovernor().tag()) && "PROPN".equals(name.tag())
                    && Syntax.child(g, name, "case") == null && object != null && Syntax.isNoun(object)
                    && Syntax.phraseEnd(g, object) == name.index() - 1) {
                ParseRepairs.move(g, e, object, "appos");
            }
        }
    }
}
