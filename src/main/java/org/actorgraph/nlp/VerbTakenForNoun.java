package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.nlp.FrenchWords;

/**
 * French verbs in the third person present are often spelled like nouns ("arme", "livre", "équipe"); in a
 * headline-like sentence the tagger takes them for nouns and the parser builds a noun phrase. These repairs give
 * the verb its clause back: it is tagged VERB, what stood before it becomes its subject, what followed its
 * complements.
 */
final class VerbTakenForNoun {
    /** Third-person present forms of -er verbs ("reproche", "accusent"), not feminine participles ("livrée"). */
    private static final Pattern PRESENT_TENSE = Pattern.compile(".*[^é](e|ent)");
    /** Relations a noun may hang by in the clause of the verb above it. */
    private static final Set<String> CLIMB_TO_VERB = Set.of("obj", "nmod", "obl", "obl:mod");

    private VerbTakenForNoun() {}

    static void apply(SemanticGraph g) {
        ReflexiveVerb.apply(g);
        verbAfterSubject(g);
        rootAfterName(g);
        VerbInsideNameRoot.apply(g);
        FrontedParticiple.apply(g);
        PassiveTakenForAttribute.apply(g);
        ClitickedVerb.apply(g);
        verbForNounRoot(g);
        RelativeVerb.apply(g);
        nameAsDeterminer(g);
        verbInsideName(g);
        participleWithAgent(g);
        coordinatedVerb(g);
        verbBeforeCoordinatedVerb(g);
    }

    /**
     * « La Grèce arme et encadre la Garde nationale »: a word after the subject name that the tagger took for a noun
     * hung on it, followed by « et » and a present verb the parser made the name's conjunct, is that verb's first
     * conjunct: the clause's head, with the name as its subject.
     */
    private static void verbBeforeCoordinatedVerb(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord root = g.getFirstRoot();
        if (!Syntax.isNoun(root)) {
            return;
        }
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(root))) {
            IndexedWord noun = e.getDependent();
            IndexedWord next = g.getNodeByIndexSafe(noun.index() + 2);
            if (noun.index() != root.index() + 1 || !"NOUN".equals(noun.tag()) || Morph.of(noun).asVerb() == null
                    || !PRESENT_TENSE.matcher(Syntax.lower(noun)).matches() || !g.outgoingEdgeList(noun).isEmpty()
                    || next == null || !"VERB".equals(next.tag()) || !Morph.of(next).reads("ind pres")
                    || !"cc".equals(relationTo(g, g.getNodeByIndexSafe(noun.index() + 1), next))
                    || !"conj".equals(relationTo(g, next, root))) {
                continue;
            }
            retag(noun);
            g.removeEdge(e);
            SemanticGraphEdge conj = g.getEdge(root, next);
            g.removeEdge(conj);
            g.setRoot(noun);
            g.addEdge(noun, root, relation(e, "nsubj"), e.getWeight(), false);
            g.addEdge(noun, next, conj.getRelation(), conj.getWeight(), false);
            for (SemanticGraphEdge rest : new ArrayList<>(g.outgoingEdgeList(root))) {
                if (rest.getDependent().index() > next.index() || rest.getRelation().toString().equals("punct")) {
                    ParseRepairs.move(g, rest, noun, complementRelation(rest));
                }
            }
            return;
        }
    }

    /** The relation by which a word hangs on a governor, or null. */
    private static String relationTo(SemanticGraph g, IndexedWord word, IndexedWord governor) {
        SemanticGraphEdge in = word == null ? null : Syntax.parentEdge(g, word);
        return in != null && in.getGovernor().equals(governor) ? in.getRelation().toString() : null;
    }

    /**
     * « c'est le Royaume-Uni qui forme et équipe l'armée kényane »: a present verb after « et » (no article), which the
     * parser took for the object of the verb right before it, or for a conjunct of a noun in that verb's clause with a
     * noun phrase of its own after it, is that verb's conjunct, and what follows it its complements.
     */
    private static void coordinatedVerb(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getDependent();
            IndexedWord cc = Syntax.child(g, noun, "cc");
            String rel = e.getRelation().toString();
            if (!(rel.equals("obj") || rel.equals("conj")) || !"NOUN".equals(noun.tag()) || cc == null || cc.index() != noun.index() - 1
                    || Syntax.child(g, noun, "det") != null || Morph.of(noun).asVerb() == null
                    || !PRESENT_TENSE.matcher(Syntax.lower(noun)).matches()) {
                continue;
            }
            IndexedWord verb = e.getGovernor();
            for (int i = 0; i < 3 && !"VERB".equals(verb.tag()); i++) {
                SemanticGraphEdge up = Syntax.parentEdge(g, verb);
                if (up == null || !CLIMB_TO_VERB.contains(up.getRelation().toString())) {
                    break;
                }
                verb = up.getGovernor();
            }
            boolean rightAfterVerb = rel.equals("obj") && cc.index() == verb.index() + 1;
            boolean objectAfter = g.outgoingEdgeList(noun).stream().anyMatch(x -> x.getDependent().index() > noun.index()
                    && Syntax.isNoun(x.getDependent()) && Set.of("appos", "obj").contains(x.getRelation().toString()));
            if (!"VERB".equals(verb.tag()) || !Morph.of(verb).reads("ind pres") || !(rightAfterVerb || rel.equals("conj") && objectAfter)) {
                continue;
            }
            retag(noun);
            ParseRepairs.move(g, e, verb, "conj");
            complementsOf(g, noun);
        }
    }

    /**
     * "L'Iran livre des missiles aux Houthis", "Moscou arme Damas depuis des décennies : ...": in a clause without a
     * verb, a word after the subject that the tagger took for a noun but that is also a finite verb is the verb (not one
     * after a preposition: « les hélicoptères d'attaque Mi-24 »).
     */
    private static void verbAfterSubject(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord root = g.getFirstRoot();
        if (!Syntax.isNoun(root) || hasVerbInClause(g, root)) {
            return;
        }
        IndexedWord verb = null;
        for (IndexedWord w : g.vertexListSorted()) {
            if (w.index() > root.index() && ("NOUN".equals(w.tag()) || "ADJ".equals(w.tag())) && Morph.of(w).asVerb() != null
                    && Syntax.child(g, w, "det") == null && Syntax.child(g, w, "case") == null && isIn(g, w, root)) {
                verb = w;
                break;
            }
        }
        if (verb == null) {
            return;
        }
        retag(verb);
        SemanticGraphEdge toVerb = Syntax.parentEdge(g, verb);
        g.removeEdge(toVerb);
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(root))) {
            if (e.getDependent().index() > verb.index()) {
                g.removeEdge(e);
                g.addEdge(verb, e.getDependent(), relation(e, complementRelation(e)), e.getWeight(), false);
            }
        }
        complementsOf(g, verb);
        g.setRoot(verb);
        g.addEdge(verb, root, relation(toVerb, "nsubj"), toVerb.getWeight(), false);
    }

    /**
     * "Moscou arme l'Algérie depuis l'indépendance": the root is the verb read as a noun, and the name before it
     * hangs on it as its determiner or modifier. A real noun has a determiner ("l'arme", "une livre"): no repair.
     */
    private static void rootAfterName(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord root = g.getFirstRoot();
        if (!"NOUN".equals(root.tag()) || Morph.of(root).asVerb() == null || hasVerbInClause(g, root)) {
            return;
        }
        SemanticGraphEdge subject = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(root)) {
            IndexedWord d = e.getDependent();
            if (d.index() > root.index()) {
                continue;
            }
            if ("DET".equals(d.tag())) {
                return;
            }
            if ("PROPN".equals(d.tag()) && d.index() == root.index() - 1) {
                subject = e;
            }
        }
        if (subject == null) {
            return;
        }
        retag(root);
        g.removeEdge(subject);
        g.addEdge(root, subject.getDependent(), relation(subject, "nsubj"), subject.getWeight(), false);
        complementsOf(g, root);
    }

    /** Root NOUN with acl(NOUN, V) where V is a present-tense form and has no subject: V becomes root, NOUN its subject. */
    private static void verbForNounRoot(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord root = g.getFirstRoot();
        if (!Syntax.isNoun(root)) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(root)) {
            IndexedWord verb = e.getDependent();
            if (e.getRelation().toString().equals("acl") && "VERB".equals(verb.tag()) && verb.index() > root.index()
                    && PRESENT_TENSE.matcher(Syntax.lower(verb)).matches() && Syntax.child(g, verb, "nsubj") == null
                    && Syntax.child(g, verb, "aux") == null) {
                g.removeEdge(e);
                g.setRoot(verb);
                g.addEdge(verb, root, relation(e, "nsubj"), e.getWeight(), false);
                return;
            }
        }
    }

    /**
     * "Lorsque les troupes soviétiques franchissent l'Amou-Daria, fin décembre 1979, Moscou arme déjà Kaboul": a
     * proper name is never a determiner; a noun that has one right before it and can be a finite verb is that verb,
     * and the name its subject. The verb heads the sentence (an opening subordinate clause hangs on it), or stands
     * beside the clause it was hung in.
     */
    private static void nameAsDeterminer(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        for (IndexedWord w : g.vertexListSorted()) {
            SemanticGraphEdge name = Syntax.childEdge(g, w, "det");
            if (!"NOUN".equals(w.tag()) || name == null || !"PROPN".equals(name.getDependent().tag())
                    || name.getDependent().index() != w.index() - 1 || Morph.of(w).asVerb() == null) {
                continue;
            }
            IndexedWord root = g.getFirstRoot();
            retag(w);
            ParseRepairs.move(g, name, w, "nsubj");
            complementsOf(g, w);
            if (w.equals(root)) {
                return;
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, w);
            g.removeEdge(in);
            if (Syntax.child(g, root, "mark") != null && root.index() < w.index()) {
                g.setRoot(w);
                g.addEdge(w, root, relation(in, "advcl"), in.getWeight(), false);
            } else {
                g.addEdge(root, w, relation(in, "parataxis"), in.getWeight(), false);
            }
            return;
        }
    }

    /**
     * "Washington arme Taïwan depuis 1979", "Moscou équipe l'armée syrienne": the parser reads the name, the verb and
     * the object as one name; a lowercase word right after the name's head that can be a finite verb is that verb,
     * the name before it its subject, what follows its complements.
     */
    private static void verbInsideName(SemanticGraph g) {
        for (IndexedWord name : g.vertexListSorted()) {
            SemanticGraphEdge part = Syntax.childEdge(g, name, "flat:name");
            IndexedWord w = part == null ? null : part.getDependent();
            if (!"PROPN".equals(name.tag()) || w == null || w.index() != name.index() + 1 || !"NOUN".equals(w.tag())
                    || !Character.isLowerCase(w.word().charAt(0)) || Morph.of(w).asVerb() == null) {
                continue;
            }
            IndexedWord root = g.getFirstRoot();
            SemanticGraphEdge in = Syntax.parentEdge(g, name);
            g.removeEdge(part);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(name))) {
                if (e.getDependent().index() > w.index()) {
                    ParseRepairs.move(g, e, w, complementRelation(e));
                }
            }
            retag(w);
            complementsOf(g, w);
            if (in == null) {
                g.setRoot(w);
            } else {
                g.removeEdge(in);
                g.addEdge(root, w, relation(in, "parataxis"), in.getWeight(), false);
            }
            g.addEdge(w, name, relation(part, "nsubj"), part.getWeight(), false);
            return;
        }
    }

    /**
     * "les accusations portées par le régime syrien", "l'Éthiopie, longtemps armée par les États-Unis": a word right
     * after a noun (or after its comma and an adverb), without a determiner, that agrees with it as a past participle
     * and has an agent ("par ...") is that participle, not a noun ("portées", "armée").
     */
    private static void participleWithAgent(SemanticGraph g) {
        for (IndexedWord w : g.vertexListSorted()) {
            SemanticGraphEdge in = Syntax.parentEdge(g, w);
            Morph verb = Morph.of(w).asParticiple();
            if (!"NOUN".equals(w.tag()) || in == null || Syntax.child(g, w, "det") != null || verb == null) {
                continue;
            }
            IndexedWord noun = in.getGovernor();
            // « des accusations de soutien au terrorisme portées par Manama »: or the noun above, when it agrees and
            // the nearer one does not
            IndexedWord above = g.getParent(noun);
            if (Syntax.isNoun(noun) && verb.plural() != Morph.of(noun).plural() && above != null && Syntax.isNoun(above)
                    && verb.plural() == Morph.of(above).plural() && Syntax.nextToPhrase(g, above, w)) {
                noun = above;
            }
            if (!Syntax.nextToPhrase(g, noun, w) || !Syntax.isNoun(noun) || verb.plural() != Morph.of(noun).plural()) {
                continue;
            }
            SemanticGraphEdge agent = g.outgoingEdgeList(w).stream()
                    .filter(e -> e.getDependent().index() > w.index() && "par".equals(Syntax.caseWord(g, e.getDependent())))
                    .findFirst().orElse(null);
            if (agent == null) {
                continue;
            }
            retag(w, verb);
            ParseRepairs.move(g, in, noun, "acl");
            complementsOf(g, w);
            ParseRepairs.move(g, g.getEdge(w, agent.getDependent()), w, "obl:agent");
        }
    }

    static void retag(IndexedWord verb) {
        retag(verb, Morph.of(verb).asVerb());
    }

    /** The word becomes a verb with this reading. */
    static void retag(IndexedWord word, Morph reading) {
        word.backingLabel().set(Morph.Key.class, reading);
        word.backingLabel().setLemma(reading.lemma());
        word.setTag("VERB");
    }

    /** The noun's dependents after it become the verb's: an apposed noun its object, a complement its oblique. */
    static void complementsOf(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
            String rel = e.getRelation().toString();
            if (e.getDependent().index() > verb.index() && !rel.equals(complementRelation(e))) {
                ParseRepairs.move(g, e, verb, complementRelation(e));
            }
        }
    }

    private static String complementRelation(SemanticGraphEdge e) {
        String rel = e.getRelation().toString();
        return switch (rel) {
            case "nmod" -> "obl";
            case "appos", "flat:name", "flat", "compound" -> "obj";
            default -> rel;
        };
    }

    /** Whether a verb or auxiliary hangs in the clause of a node (a parenthetical clause after ":" does not count). */
    private static boolean hasVerbInClause(SemanticGraph g, IndexedWord head) {
        // What follows a colon or a semicolon is a clause of its own, however the parser hung it.
        int end = g.vertexListSorted().stream().filter(w -> w.index() > head.index()
                && (w.word().equals(":") || w.word().equals(";"))).mapToInt(IndexedWord::index).findFirst().orElse(Integer.MAX_VALUE);
        Deque<IndexedWord> todo = new ArrayDeque<>(java.util.List.of(head));
        while (!todo.isEmpty()) {
            IndexedWord n = todo.pop();
            if (!n.equals(head) && "VERB".equals(n.tag()) && (Morph.of(n).presentParticiple() || Morph.of(n).infinitive())) {
                continue; // « Addis-Abeba réplique en signant un contrat »: a gerund or an infinitive makes no clause
            }
            if (("VERB".equals(n.tag()) || "AUX".equals(n.tag())) && n.index() < end) {
                return true;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                if (!e.getRelation().toString().equals("parataxis") && !modifiesNoun(g, e)) {
                    todo.push(e.getDependent());
                }
            }
        }
        return false;
    }

    /**
     * « L'Espagne, de son côté, livre les C295 assemblés à Séville, dont la flotte kazakhstanaise compte … »: a relative
     * clause or a participle on a noun is no verb of the clause the noun is in.
     */
    private static boolean modifiesNoun(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord d = e.getDependent();
        String rel = e.getRelation().toString();
        Morph m = Morph.of(d);
        // A relative clause on the sentence's head may be its main verb, mis-hung (« Islamabad, que Pékin équipe …, a reçu »).
        return Syntax.isNoun(e.getGovernor()) && (rel.equals("acl:relcl") && g.getParent(e.getGovernor()) != null
                || rel.equals("acl") && (m.pastParticiple() || m.presentParticiple()) && Syntax.child(g, d, "aux") == null
                        && Syntax.child(g, d, "nsubj") == null);
    }

    /** Whether a node hangs, directly or through others, from an ancestor. */
    private static boolean isIn(SemanticGraph g, IndexedWord node, IndexedWord ancestor) {
        SemanticGraphEdge in = Syntax.parentEdge(g, node);
        return in != null && (in.getGovernor().equals(ancestor) || isIn(g, in.getGovernor(), ancestor));
    }

    static GrammaticalRelation relation(SemanticGraphEdge like, String name) {
        return GrammaticalRelation.valueOf(like.getRelation().getLanguage(), name);
    }
}
