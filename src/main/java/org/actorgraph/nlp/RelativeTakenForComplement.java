package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: a relative clause whose « que » the parser took for a conjunction, making the clause a
 * complement, an adverbial or a conjunct instead of the relative clause of the noun before it.
 */
final class RelativeTakenForComplement {
    private static final Set<String> RELATIVE_QUE = FrenchWords.list("relative-que");
    private static final Set<String> AVOIR = FrenchWords.list("avoir-form");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("repair-time-noun");
    private static final Set<String> NAME_PARTS = Set.of("nummod", "appos", "flat", "flat:name", "compound");
    private static final Set<String> DEMONSTRATIVE_PRONOUNS = FrenchWords.list("demonstrative-pronoun");
    private static final Set<String> AMBIGUOUS_CLITICS = FrenchWords.list("object-or-dative-clitic");

    private RelativeTakenForComplement() {}

    /**
     * NOUN > ccomp(V) > mark(que), V without object, or V > ccomp|advcl(V2) > mark(que) where "que" follows a comma
     * after a noun ("le Pakistan, que New Delhi accuse"), or NOUN > acl:relcl(V) > mark(que): acl:relcl(NOUN, V) >
     * obj(V, que).
     */
    static void apply(SemanticGraph g) {
        relativeOnFrontedSubject(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            boolean adverbial = e.getRelation().toString().equals("advcl");
            // "L'Inde, que l'URSS armait déjà": a relative clause whose "que" the parser took for a conjunction.
            boolean relative = e.getRelation().toString().equals("acl:relcl");
            // "Leur armée, que l'URSS équipait, s'est offert …": the parser read the relative as a conjunct of the noun.
            boolean conjunct = e.getRelation().toString().equals("conj") && Syntax.isNoun(e.getGovernor()) && Syntax.parentEdge(g, e.getGovernor()) == null;
            if (!e.getRelation().toString().equals("ccomp") && !adverbial && !relative && !conjunct) {
                continue;
            }
            SemanticGraphEdge mark = Syntax.childEdge(g, verb, "mark");
            if (mark == null || !RELATIVE_QUE.contains(Syntax.lower(mark.getDependent()))
                    || Syntax.child(g, mark.getDependent(), "fixed") != null) {
                continue;
            }
            // "avec le Maroc, qu'elle accuse de …" may come as an adverbial clause: a bare "que" opens none.
            // « reste celle que l'URSS a équipée »: a demonstrative pronoun heads a relative clause as a noun does
            boolean nominal = Syntax.isNoun(e.getGovernor()) || DEMONSTRATIVE_PRONOUNS.contains(Syntax.lower(e.getGovernor()));
            IndexedWord noun = relative || !adverbial && !conjunct && nominal && verb.index() > e.getGovernor().index()
                    ? e.getGovernor() : nounBeforeComma(g, mark.getDependent());
            if (conjunct && !e.getGovernor().equals(noun)) {
                continue;
            }
            if (noun == null && (!adverbial || agreesWithObjectBefore(g, verb)) && Syntax.child(g, verb, "nsubj") != null) {
                // "a laissé filer des lance-roquettes AT4 que la Suède avait vendus": a common noun right before "que".
                noun = nounBefore(g, mark.getDependent());
            }
            if (noun == null) {
                continue;
            }
            SemanticGraphEdge object = Syntax.childEdge(g, verb, "obj");
            if (object != null && "PRON".equals(object.getDependent().tag()) && AMBIGUOUS_CLITICS.contains(Syntax.lower(object.getDependent()))
                    && object.getDependent().index() < verb.index()) {
                // « des vedettes, que les Américains nous ont offertes »: with « que » the object, « nous » is the dative
                ParseRepairs.move(g, object, verb, "iobj");
                object = null;
            }
            if (object != null && !TIME_NOUNS.contains(Syntax.lower(object.getDependent()))) {
                continue;
            }
            if (object != null) {
                ParseRepairs.move(g, object, verb, "obl:mod");
            }
            ParseRepairs.move(g, e, noun, "acl:relcl");
            ParseRepairs.move(g, mark, verb, "obj");
            if (conjunct) {
                MainVerbAfterRelative.apply(g, noun, verb);
            }
        }
    }

    /**
     * « Le Pakistan, que la Chine arme depuis deux décennies, achète aussi des frégates »: the parser makes the subject
     * the root, the relative clause a parataxis of it and the main verb, marked by the relative « que », its
     * complement (or conjunct). A « que » right after the subject and a comma, on a verb after the parataxis, belongs
     * to the parataxis, which is the subject's relative clause; the verb after it is the main verb, the noun its
     * subject.
     */
    private static void relativeOnFrontedSubject(SemanticGraph g) {
        for (SemanticGraphEdge main : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = main.getGovernor();
            IndexedWord verb = main.getDependent();
            SemanticGraphEdge mark = Syntax.childEdge(g, verb, "mark");
            if (!main.getRelation().toString().matches("ccomp|conj") || !Syntax.isNoun(noun) || !"VERB".equals(verb.tag())
                    || mark == null || !RELATIVE_QUE.contains(Syntax.lower(mark.getDependent()))
                    || !noun.equals(nounBeforeComma(g, mark.getDependent())) || Syntax.child(g, verb, "nsubj") != null) {
                continue;
            }
            IndexedWord que = mark.getDependent();
            SemanticGraphEdge relative = g.outgoingEdgeList(noun).stream()
                    .filter(e -> e.getRelation().toString().equals("parataxis") && "VERB".equals(e.getDependent().tag())
                            && que.index() < e.getDependent().index() && e.getDependent().index() < verb.index()
                            && Syntax.child(g, e.getDependent(), "nsubj") != null && Syntax.child(g, e.getDependent(), "mark") == null
                            && Syntax.child(g, e.getDependent(), "obj") == null)
                    .findFirst().orElse(null);
            if (relative == null) {
                continue;
            }
            IndexedWord clause = relative.getDependent();
            ParseRepairs.move(g, mark, clause, "obj");
            ParseRepairs.move(g, relative, noun, "acl:relcl");
            ParseRepairs.promote(g, noun, main, "nsubj", false);
        }
    }

    /**
     * « des chars T-55 et T-62 que Moscou leur a livrés »: a participle with « avoir » agrees only with an object
     * before it; with no object pronoun, that object is the « que » of a relative clause.
     */
    private static boolean agreesWithObjectBefore(SemanticGraph g, IndexedWord verb) {
        Morph m = Morph.of(verb);
        IndexedWord aux = Syntax.child(g, verb, "aux");
        return m.pastParticiple() && (m.plural() || m.feminine()) && aux != null && AVOIR.contains(Syntax.lower(aux))
                && Syntax.child(g, verb, "aux:pass") == null
                && g.outgoingEdgeList(verb).stream().noneMatch(e -> e.getRelation().toString().equals("obj")
                        && "PRON".equals(e.getDependent().tag()));
    }

    /** The common noun whose phrase (its name, its number) ends right before "que", or null. */
    private static IndexedWord nounBefore(SemanticGraph g, IndexedWord que) {
        IndexedWord n = g.getNodeByIndexSafe(que.index() - 1);
        // « T-34/85 »: the number after the slash is a conjunct of the one before it
        for (SemanticGraphEdge in = n == null ? null : Syntax.parentEdge(g, n); in != null && n.index() < que.index()
                && (NAME_PARTS.contains(in.getRelation().toString()) || in.getRelation().toString().equals("conj") && model(g, n)
                        || numberOfName(g, n, in));
                in = Syntax.parentEdge(g, n)) {
            n = in.getGovernor();
        }
        // A name with a digit is a model's ("des AT4 que la Suède avait vendus"), not a place's or a person's.
        // « une douzaine de MiG-29, que … »: or the name the tokenizer split from its number
        return n != null && ("NOUN".equals(n.tag()) || "PROPN".equals(n.tag()) && (n.word().matches(".*\\d.*") || model(g, n))) ? n : null;
    }

    /** « les Mirage 2000 que … »: the model's number the parser hung on its name as a complement, without a preposition. */
    private static boolean numberOfName(SemanticGraph g, IndexedWord n, SemanticGraphEdge in) {
        return "NUM".equals(n.tag()) && in.getRelation().toString().equals("nmod") && "PROPN".equals(in.getGovernor().tag())
                && Syntax.child(g, n, "case") == null && in.getGovernor().index() == n.index() - 1;
    }

    /** A number, or a name with its number (« T -62 »): a model's designation. */
    private static boolean model(SemanticGraph g, IndexedWord n) {
        return "NUM".equals(n.tag()) || "PROPN".equals(n.tag()) && (Syntax.child(g, n, "nummod") != null
                || g.outgoingEdgeList(n).stream().anyMatch(e -> numberOfName(g, e.getDependent(), e)));
    }

    /** The noun that ends the phrase before ", que", or null. */
    private static IndexedWord nounBeforeComma(SemanticGraph g, IndexedWord que) {
        IndexedWord comma = g.getNodeByIndexSafe(que.index() - 1);
        IndexedWord noun = g.getNodeByIndexSafe(que.index() - 2);
        SemanticGraphEdge adjective = noun == null || !"ADJ".equals(noun.tag()) ? null : Syntax.parentEdge(g, noun);
        if (adjective != null && adjective.getRelation().toString().equals("amod") && adjective.getGovernor().index() < noun.index()) {
            // « l'armée érythréenne, qu'il accuse »: a phrase that ends on its adjective
            noun = adjective.getGovernor();
        }
        if (comma != null && comma.word().equals(",") && noun != null && "NUM".equals(noun.tag())) {
            // « des drones Bayraktar TB2, que … »: a phrase that ends on a model's number
            return nounBefore(g, comma);
        }
        if (comma == null || noun == null || !comma.word().equals(",") || !Syntax.isNoun(noun)) {
            return null;
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, noun);
        // "l'Arménie" may end in a name hung on its article or title: take the phrase's head.
        while (in != null && (in.getRelation().toString().equals("flat:name") || in.getRelation().toString().equals("flat"))) {
            noun = in.getGovernor();
            in = Syntax.parentEdge(g, noun);
        }
        return noun;
    }
}
