package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * « La France alla jusqu'à lui prêter cinq Super Étendard armés d'Exocet »: the parser makes the object and the past
 * participle after it a clause of its own (the object its subject). With no auxiliary and no comma between them, a
 * counted or indefinite noun is the verb's object and the participle describes it; made a clause coordinated with the
 * verb, such a noun is a conjunct of the verb's object ({@link #conjunctOfObject}).
 */
final class ParticipleTakenForClause {
    private static final Set<String> CLAUSES = Set.of("advcl", "ccomp", "xcomp", "parataxis", "conj");
    private static final Set<String> INDEFINITE = Set.of("un", "une", "des", "de", "d'");
    private static final Set<String> PARTITIVE = Set.of("des", "de", "d'");

    private ParticipleTakenForClause() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            IndexedWord verb = e.getGovernor();
            SemanticGraphEdge toSubject = Syntax.childEdge(g, participle, "nsubj");
            if (!CLAUSES.contains(e.getRelation().toString()) || !"VERB".equals(verb.tag()) || !"VERB".equals(participle.tag())
                    || !Morph.of(participle).pastParticiple() || toSubject == null || !bare(g, participle)) {
                continue;
            }
            IndexedWord noun = toSubject.getDependent();
            int end = Syntax.phraseEnd(g, noun);
            IndexedWord object = Syntax.child(g, verb, "obj");
            if (e.getRelation().toString().equals("conj")) {
                conjunctOfObject(g, e, toSubject, object);
                continue;
            }
            if (object != null) {
                wholeOfObject(g, e, toSubject, object);
                continue;
            }
            // Counted or indefinite, as objects are: « accuse les milices interposées » keeps its small clause.
            IndexedWord det = Syntax.child(g, noun, "det");
            boolean objectLike = Syntax.child(g, noun, "nummod") != null || det != null && INDEFINITE.contains(Syntax.lower(det));
            if (!Syntax.isNoun(noun) || !objectLike || noun.index() < verb.index() || end != participle.index() - 1
                    || e.getRelation().toString().equals("parataxis") && punctuationBetween(g, verb, noun)) {
                continue;
            }
            ParseRepairs.move(g, toSubject, verb, "obj");
            ParseRepairs.move(g, e, noun, "acl");
        }
    }

    /**
     * « voit arriver une poignée de Sabre rachetés à la Yougoslavie, puis les Super Mystère cédés par Israël »: a noun
     * and the bare participle right after it, made a clause coordinated with the verb, are another object of the verb
     * (a conjunct of its object), which the participle describes.
     */
    private static void conjunctOfObject(SemanticGraph g, SemanticGraphEdge clause, SemanticGraphEdge toSubject, IndexedWord object) {
        IndexedWord noun = toSubject.getDependent();
        IndexedWord participle = clause.getDependent();
        SemanticGraphEdge cc = Syntax.childEdge(g, participle, "cc");
        if (object == null || !Syntax.isNoun(noun) || Syntax.child(g, noun, "det") == null || object.index() > noun.index()
                || Syntax.phraseEnd(g, noun) != participle.index() - 1 || cc == null || cc.getDependent().index() > noun.index()
                || Syntax.child(g, participle, "obj") != null) {
            return;
        }
        ParseRepairs.move(g, cc, noun, "cc");
        ParseRepairs.move(g, toSubject, object, "conj");
        ParseRepairs.move(g, clause, noun, "acl");
    }

    /** A participle with no auxiliary or copula of its own: one that describes a noun, not a compound tense. */
    private static boolean bare(SemanticGraph g, IndexedWord participle) {
        return Syntax.child(g, participle, "aux") == null && Syntax.child(g, participle, "aux:pass") == null
                && Syntax.child(g, participle, "cop") == null;
    }

    /** A finite verb with no subject, auxiliary or subordinating word of its own. */
    private static boolean finiteWithoutSubject(SemanticGraph g, IndexedWord verb) {
        return Morph.of(verb).finiteIndicative() && Syntax.child(g, verb, "nsubj") == null && Syntax.child(g, verb, "mark") == null
                && Syntax.child(g, verb, "aux") == null && Syntax.child(g, verb, "cc") == null;
    }

    /**
     * « avoir livré le dernier des vingt-quatre F-16 promis à l'Ukraine »: after an object that ends right before it,
     * the noun with « des » and its participle are the whole the object is a part of.
     */
    private static void wholeOfObject(SemanticGraph g, SemanticGraphEdge clause, SemanticGraphEdge toSubject, IndexedWord object) {
        IndexedWord noun = toSubject.getDependent();
        IndexedWord det = Syntax.child(g, noun, "det");
        // « F-16 »: a model's name may come tagged X
        boolean named = Syntax.isNoun(noun) || "X".equals(noun.tag()) && Syntax.child(g, noun, "nummod") != null;
        if (!named || det == null || !PARTITIVE.contains(Syntax.lower(det)) || object.index() > noun.index()
                || Syntax.phraseEnd(g, object) != Syntax.phraseStart(g, noun) - 1 || Syntax.phraseEnd(g, noun) != clause.getDependent().index() - 1
                || Syntax.child(g, object, "nmod") != null) {
            return;
        }
        ParseRepairs.move(g, toSubject, object, "nmod");
        ParseRepairs.move(g, clause, noun, "acl");
    }

    /**
     * « a confirmé que les systèmes NASAMS commandés au groupe Kongsberg seraient déployés par étapes »: the parser may
     * make the participle that describes the subject the clause's verb, and the passive after it its complement. The
     * passive heads the clause, with the noun for subject; the participle describes the noun.
     */
    static void participleBeforePassive(SemanticGraph g) {
        // (« les Leopard 2 cédés par Berlin à Kiev au printemps 2023 tiennent aujourd'hui le front »: or an active verb,
        // finite, that has no subject or conjunction of its own)
        for (IndexedWord participle : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge toSubject = Syntax.childEdge(g, participle, "nsubj");
            if (!"VERB".equals(participle.tag()) || !Morph.of(participle).pastParticiple() || toSubject == null
                    || toSubject.getDependent().index() > participle.index() || !bare(g, participle)) {
                continue;
            }
            SemanticGraphEdge toPassive = g.outgoingEdgeList(participle).stream()
                    .filter(e -> CLAUSES.contains(e.getRelation().toString()) && "VERB".equals(e.getDependent().tag())
                            && e.getDependent().index() > participle.index() && (Morph.of(e.getDependent()).pastParticiple()
                            && Syntax.child(g, e.getDependent(), "aux:pass") != null
                            && Syntax.child(g, e.getDependent(), "aux:pass").index() > participle.index()
                            || finiteWithoutSubject(g, e.getDependent())))
                    .findFirst().orElse(null);
            if (toPassive == null) {
                continue;
            }
            IndexedWord passive = toPassive.getDependent();
            boolean active = finiteWithoutSubject(g, passive);
            IndexedWord noun = toSubject.getDependent();
            g.removeEdge(toPassive);
            ParseRepairs.takePlace(g, participle, passive, null);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(participle))) {
                if (e.getDependent().index() < noun.index() || e.getDependent().index() > passive.index()) {
                    ParseRepairs.move(g, e, passive, e.getRelation().toString());
                }
            }
            ParseRepairs.move(g, toSubject, passive, active ? "nsubj" : "nsubj:pass");
            g.addEdge(noun, participle, GrammaticalRelation.valueOf(toSubject.getRelation().getLanguage(), "acl"),
                    toSubject.getWeight(), false);
        }
    }

    /**
     * « Commandés auprès du chantier allemand TKMS, les quatre sous-marins égyptiens ont été livrés … »: a past
     * participle that opens the sentence, set off by a comma, describes the subject it agrees with; the parser makes it
     * an adverbial of the verb.
     */
    static void openingParticipleOnSubject(SemanticGraph g) {
        for (SemanticGraphEdge up : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = up.getDependent();
            IndexedWord verb = up.getGovernor();
            IndexedWord next = g.getNodeByIndexSafe(Syntax.lastWordOf(g, participle) + 1);
            if (!up.getRelation().toString().equals("advcl") || participle.index() != 1 || !"VERB".equals(participle.tag())
                    || !Morph.of(participle).pastParticiple() || next == null || !next.word().equals(",")
                    || Syntax.child(g, participle, "aux") != null || Syntax.child(g, participle, "aux:pass") != null
                    || Syntax.child(g, participle, "nsubj") != null || Syntax.child(g, participle, "mark") != null) {
                continue;
            }
            IndexedWord subject = Syntax.child(g, verb, "nsubj:pass");
            subject = subject == null ? Syntax.child(g, verb, "nsubj") : subject;
            if (subject != null && Syntax.isNoun(subject) && subject.index() > participle.index() && Syntax.agrees(subject, participle)) {
                ParseRepairs.move(g, up, subject, "acl");
            }
        }
    }

    /**
     * « Les vingt-quatre hélicoptères commandés à Rosoboronexport ont été livrés à notre armée »: the parser may make the
     * participle that describes the subject the subject's head, the noun its own subject. The noun is the subject, the
     * participle describes it.
     */
    static void participleTakenForSubject(SemanticGraph g) {
        for (SemanticGraphEdge up : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = up.getDependent();
            // (« Deux patrouilleurs offerts par le gouvernement japonais ont rejoint la marine »: or its passive subject)
            SemanticGraphEdge toNoun = Syntax.childEdge(g, participle, "nsubj");
            toNoun = toNoun != null ? toNoun : Syntax.childEdge(g, participle, "nsubj:pass");
            if (!up.getRelation().toString().startsWith("nsubj") || !"VERB".equals(participle.tag()) || !Morph.of(participle).pastParticiple()
                    || toNoun == null || toNoun.getDependent().index() > participle.index() || participle.index() > up.getGovernor().index()
                    || !Syntax.isNoun(toNoun.getDependent()) || !bare(g, participle)) {
                continue;
            }
            IndexedWord noun = toNoun.getDependent();
            g.removeEdge(toNoun);
            ParseRepairs.takePlace(g, participle, noun, null);
            g.addEdge(noun, participle, GrammaticalRelation.valueOf(toNoun.getRelation().getLanguage(), "acl"), toNoun.getWeight(), false);
        }
    }

    /**
     * « La Turquie et Israël, ses fournisseurs attitrés depuis plus d'une décennie, continuent »: the parser makes the
     * apposition and the participle after it a relative clause with no relative pronoun, the noun its subject. A
     * relative clause has its pronoun: the noun is an apposition of the name, and the participle describes it.
     */
    static void appositionTakenForRelative(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord anchor = e.getGovernor();
            IndexedWord participle = e.getDependent();
            SemanticGraphEdge toSubject = Syntax.childEdge(g, participle, "nsubj");
            // (« F-16 »: a model's name may come tagged X)
            if (!e.getRelation().toString().equals("acl:relcl") || !Syntax.isNoun(anchor) && !"X".equals(anchor.tag()) || toSubject == null
                    || !Morph.of(participle).pastParticiple() || !bare(g, participle)
                    || g.getChildren(participle).stream().anyMatch(Syntax::isRelativePronoun)) {
                continue;
            }
            IndexedWord noun = toSubject.getDependent();
            IndexedWord comma = g.getNodeByIndexSafe(Syntax.phraseStart(g, noun) - 1);
            if (!"NOUN".equals(noun.tag()) || Syntax.phraseEnd(g, noun) != participle.index() - 1) {
                continue;
            }
            if (comma == null || !comma.word().equals(",")) {
                adjectiveTakenForSubject(g, e, toSubject);
                continue;
            }
            g.removeEdge(e);
            g.removeEdge(toSubject);
            g.addEdge(anchor, noun, GrammaticalRelation.valueOf(e.getRelation().getLanguage(), "appos"), e.getWeight(), false);
            g.addEdge(noun, participle, GrammaticalRelation.valueOf(e.getRelation().getLanguage(), "acl"), e.getWeight(), false);
            for (SemanticGraphEdge p : new ArrayList<>(g.outgoingEdgeList(participle))) {
                if (p.getDependent().index() < noun.index()) {
                    ParseRepairs.move(g, p, noun, p.getRelation().toString());
                }
            }
        }
    }

    /**
     * « a reçu des F-16 portugais modernisés »: without a comma, the bare word right after the name that the parser
     * made the subject of such a relative clause qualifies the name (a demonym read as a noun), and so does the
     * participle; what the parser hung on the word before it (« -16 ») is the name's.
     */
    private static void adjectiveTakenForSubject(SemanticGraph g, SemanticGraphEdge relative, SemanticGraphEdge toSubject) {
        IndexedWord anchor = relative.getGovernor();
        IndexedWord noun = toSubject.getDependent();
        if (Syntax.child(g, noun, "det") != null || noun.index() <= anchor.index()
                || g.getChildren(noun).stream().anyMatch(c -> c.index() > noun.index())) {
            return;
        }
        for (int i = anchor.index() + 1; i < noun.index(); i++) {
            IndexedWord between = g.getNodeByIndexSafe(i);
            if (between == null || !noun.equals(g.getParent(between)) && !anchor.equals(g.getParent(between))) {
                return;
            }
        }
        for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(noun))) {
            ParseRepairs.move(g, c, anchor, c.getRelation().toString());
        }
        ParseRepairs.move(g, toSubject, anchor, "amod");
        ParseRepairs.move(g, relative, anchor, "acl");
    }

    /** « lui prêta en 1983 cinq Super Étendard armés d'AM39 »: a parataxis is a clause of its own after a comma or a colon. */
    private static boolean punctuationBetween(SemanticGraph g, IndexedWord from, IndexedWord to) {
        for (int i = from.index() + 1; i < to.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w != null && "PUNCT".equals(w.tag())) {
                return true;
            }
        }
        return false;
    }
}
