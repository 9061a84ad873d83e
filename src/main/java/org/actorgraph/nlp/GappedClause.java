package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « Le Pérou transféra des Mirage 5 à Buenos Aires, et la Libye des missiles », « L'Espagne a exporté des C295, la
 * Chine des drones »: a clause whose verb is not repeated (gapping). The parser hangs the name and the phrase after it
 * anywhere (a conjunct of the recipient, an apposition of the object). In UD the remnant that stands for the subject
 * is a conjunct of the verb and the other remnant its {@code orphan}; extraction reads the clause with the verb's
 * other arguments (extract/Reattachment).
 *
 * <p>Only a name right after « , », « ; » or « et » (with its article), followed at once by a phrase with an article
 * or a number, and no verb before the next punctuation: « l'Europe des citoyens doit … » has its own verb; a participle
 * or an infinitive that heads no clause does not count (« Madrid des patrouilleurs construits par Navantia »).
 */
final class GappedClause {
    private static final Set<String> OPENING = Set.of(",", ";", "et");
    private static final Set<String> NAME_ARTICLE = Set.of("le", "la", "l'", "l’", "les");
    private static final Set<String> REMNANT_ARTICLE = Set.of("les", "des", "ses", "leurs", "son", "sa", "un", "une", "plusieurs");
    private static final Set<String> CLAUSE_END = Set.of(",", ";", ".", ":", "!", "?");

    private GappedClause() {}

    /**
     * « la Pologne accuse la Russie de mener une guerre et la Biélorussie d'orchestrer la pression »: after « et », a
     * name followed at once by « de » and an infinitive is a second object of the verb whose object takes an
     * infinitive with « de »; the parser hangs it on the first infinitive's object.
     */
    static void objectWithInfinitive(SemanticGraph g) {
        for (IndexedWord name : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord de = g.getNodeByIndexSafe(name.index() + 1);
            IndexedWord infinitive = de == null ? null : g.getParent(de);
            SemanticGraphEdge in = Syntax.parentEdge(g, name);
            if (!"PROPN".equals(name.tag()) || in == null || !in.getRelation().toString().equals("conj") || Syntax.child(g, name, "cc") == null
                    || infinitive == null || !Morph.of(infinitive).infinitive() || !de.equals(Syntax.child(g, infinitive, "mark"))) {
                continue;
            }
            for (IndexedWord up = in.getGovernor(); up != null && up.index() < name.index(); up = g.getParent(up)) {
                SemanticGraphEdge object = Syntax.childEdge(g, up, "obj");
                SemanticGraphEdge first = Syntax.childEdge(g, up, "xcomp");
                if ("VERB".equals(up.tag()) && object != null && first != null && !object.getDependent().equals(name)
                        && first.getDependent().index() < name.index() && !ParseRepairs.isBelow(g, up, name)) {
                    ParseRepairs.move(g, in, object.getDependent(), "conj");
                    if (!ParseRepairs.isBelow(g, first.getDependent(), infinitive)) {
                        ParseRepairs.move(g, Syntax.parentEdge(g, infinitive), first.getDependent(), "conj");
                    }
                    break;
                }
                if ("VERB".equals(up.tag()) && Syntax.child(g, up, "nsubj") != null) {
                    // « Ankara reprochait à l'Égypte et aux Émirats d'armer … »: a clause with its own subject
                    // and no such object is where the name belongs
                    break;
                }
            }
        }
    }

    static void apply(SemanticGraph g) {
        objectWithInfinitive(g);
        for (IndexedWord name : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord verb = "PROPN".equals(name.tag()) ? opensRemnant(g, name) : null;
            IndexedWord object = verb == null ? null : remnantObject(g, name);
            SemanticGraphEdge in = object == null ? null : Syntax.parentEdge(g, name);
            if (in == null || in.getRelation().toString().startsWith("nsubj") && isPredicate(g, in.getGovernor())) {
                continue;
            }
            if (Syntax.parentEdge(g, object) == null || g.descendants(object).contains(name) || g.descendants(name).contains(verb)) {
                continue;
            }
            ParseRepairs.move(g, in, verb, "conj");
            ParseRepairs.move(g, Syntax.parentEdge(g, object), name, "orphan");
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(name))) {
                // « et la Libye des missiles sol-air et des munitions »: what follows the remnant is coordinated with it.
                if (e.getRelation().toString().equals("conj") && e.getDependent().index() > object.index()) {
                    ParseRepairs.move(g, e, object, "conj");
                }
            }
        }
    }

    private static boolean isPredicate(SemanticGraph g, IndexedWord w) {
        return "VERB".equals(w.tag()) || "AUX".equals(w.tag()) || Syntax.child(g, w, "cop") != null;
    }

    /** The verb whose clause a name after « , », « ; » or « et » opens a gapped copy of, or null. */
    private static IndexedWord opensRemnant(SemanticGraph g, IndexedWord name) {
        int start = name.index();
        IndexedWord article = g.getNodeByIndexSafe(start - 1);
        if (article != null && NAME_ARTICLE.contains(Syntax.lower(article))) {
            start--;
        }
        IndexedWord opening = g.getNodeByIndexSafe(start - 1);
        if (opening == null || !OPENING.contains(Syntax.lower(opening))) {
            return null;
        }
        for (int i = start - 1; i >= 1; i--) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null || !"VERB".equals(w.tag()) || isVerbalModifier(g, w)) {
                continue;
            }
            IndexedWord object = objectOf(g, w, start);
            boolean subject = Syntax.child(g, w, "nsubj") != null || Syntax.child(g, w, "nsubj:pass") != null;
            return subject && object != null ? w : null;
        }
        return null;
    }

    /**
     * The verb's object before the remnant, or the partitive the parser read as an oblique or hung on one (« a livré au
     * Kenya des blindés », before nlp/PartitiveAfterDative; « a vendu au Maroc des hélicoptères, les États-Unis des
     * avions », the remnant's name taken for the object), or null.
     */
    private static IndexedWord objectOf(SemanticGraph g, IndexedWord verb, int before) {
        IndexedWord object = Syntax.child(g, verb, "obj");
        if (object != null && object.index() < before) {
            return object;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            IndexedWord oblique = e.getDependent();
            if (!e.getRelation().toString().startsWith("obl") || oblique.index() >= before) {
                continue;
            }
            if (Syntax.isPartitive(g, oblique)) {
                return oblique;
            }
            for (SemanticGraphEdge f : g.outgoingEdgeList(oblique)) {
                if (f.getRelation().toString().equals("nmod") && Syntax.isPartitive(g, f.getDependent())) {
                    return f.getDependent();
                }
            }
        }
        return null;
    }

    /**
     * A participle or an infinitive with no subject and no auxiliary of its own (« deux frégates retirées de la
     * marine », « à partir de 2016 »): it modifies a phrase of the clause, it does not head a clause.
     */
    private static boolean isVerbalModifier(SemanticGraph g, IndexedWord verb) {
        Morph m = Morph.of(verb);
        return (m.pastParticiple() || m.infinitive()) && Syntax.child(g, verb, "nsubj") == null
                && Syntax.child(g, verb, "nsubj:pass") == null && Syntax.child(g, verb, "aux") == null
                && Syntax.child(g, verb, "aux:pass") == null;
    }

    /** The phrase right after the name (and its flat parts) that stands for the gapped verb's object, or null. */
    private static IndexedWord remnantObject(SemanticGraph g, IndexedWord name) {
        int i = name.index() + 1;
        // its flat parts, and a model number the tokenizer split from it (« Mi » « -35 »: no count of a remnant)
        while (g.getNodeByIndexSafe(i) != null && Syntax.parentEdge(g, g.getNodeByIndexSafe(i)) != null
                && (Syntax.parentEdge(g, g.getNodeByIndexSafe(i)).getRelation().toString().startsWith("flat")
                        || Syntax.isDesignation(name.word(), g.getNodeByIndexSafe(i).word()))) {
            i++;
        }
        IndexedWord first = g.getNodeByIndexSafe(i);
        if (first == null) {
            return null;
        }
        int j = i;
        if (Syntax.lower(first).equals("de") && g.getNodeByIndexSafe(i + 1) != null && Syntax.lower(g.getNodeByIndexSafe(i + 1)).equals("les")) {
            j = i + 1;
        } else if (!REMNANT_ARTICLE.contains(Syntax.lower(first)) && !"NUM".equals(first.tag())) {
            return null;
        }
        IndexedWord head = null;
        for (int k = j + 1; k <= j + 3 && head == null; k++) {
            IndexedWord w = g.getNodeByIndexSafe(k);
            if (w != null && "NOUN".equals(w.tag())) {
                head = w;
            }
        }
        if (head == null) {
            return null;
        }
        for (int k = head.index() + 1; g.getNodeByIndexSafe(k) != null; k++) {
            IndexedWord w = g.getNodeByIndexSafe(k);
            if (CLAUSE_END.contains(w.word()) || Syntax.isRelativePronoun(w)) {
                break; // « Séoul des obusiers K9 dont une partie est assemblée … »: the relative clause has its own verb
            }
            if ("AUX".equals(w.tag()) || "VERB".equals(w.tag()) && !isVerbalModifier(g, w)) {
                return null;
            }
        }
        return head;
    }
}
