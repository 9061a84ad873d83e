package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Part of {@link ParseRepairs}: a finite verb that the parser hung on a noun as its modifier is that noun's clause. */
final class FiniteVerbOnNoun {
    private static final Set<String> FINITE_AVOIR = FrenchWords.list("finite-avoir");
    private static final Set<String> RELATIVE_QUE = FrenchWords.list("relative-que");
    private static final Set<String> FIRST_PERSON = FrenchWords.list("first-person-subject");
    /** Dependents that count with all their words: an apposed name, a conjunct (« le Niger et le Burkina Faso »), a
     * complement without a comma (« l'essentiel de l'aviation de combat norvégienne provient »; not « la médiation
     * d'Alexander Haig, Ronald Reagan imputa »). */
    private static final Set<String> WHOLE_PHRASE = Set.of("appos", "conj", "nmod");

    private FiniteVerbOnNoun() {}

    /**
     * "Je rappelle que le Royaume-Uni arme le royaume saoudien": a word tagged noun, without article, that has a subject
     * and an object or a clause marker and can be read as a finite verb, is that verb.
     */
    static void nounWithClause(SemanticGraph g) {
        for (IndexedWord w : g.vertexListSorted()) {
            Morph verb = Morph.of(w).asVerb();
            if ("NOUN".equals(w.tag()) && verb != null && Syntax.child(g, w, "det") == null && Syntax.child(g, w, "nsubj") != null
                    && (Syntax.child(g, w, "obj") != null || Syntax.child(g, w, "mark") != null)
                    && Syntax.child(g, w, "case") == null && verb.reads("ind pres")) {
                VerbTakenForNoun.retag(w);
            }
        }
    }

    /**
     * "..., et l'ambassadeur de Russie, X, avait dénoncé ...", "… ; le Viêt Nam dénonçait …": a verb hung on a noun as a
     * modifier (acl) although it has a finite auxiliary, or is a finite form right after the noun's phrase, and has no
     * subject is that noun's clause: it takes the noun's place, the noun becomes its subject.
     */
    static void apply(SemanticGraph g) {
        splitSubjectList(g);
        onParticiplesAgent(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getGovernor();
            IndexedWord verb = e.getDependent();
            if (!Syntax.isNoun(noun) || verb.index() < noun.index()
                    || Syntax.child(g, verb, "nsubj") != null || Syntax.child(g, verb, "nsubj:pass") != null) {
                continue;
            }
            // « L'Ukraine, enfin, avait vendu à Naypyidaw … »: or a conjunct without a conjunction, right after it.
            boolean conjunct = e.getRelation().toString().equals("conj") && Syntax.child(g, verb, "cc") == null
                    && g.getParent(noun) == null && onlyPunctuationBetween(g, lastIndexOf(g, noun, verb), verb);
            if (!e.getRelation().toString().equals("acl") && !conjunct) {
                continue;
            }
            SemanticGraphEdge aux = Syntax.childEdge(g, verb, "aux");
            boolean finiteAux = aux != null && FINITE_AVOIR.contains(Syntax.lower(aux.getDependent()));
            if (!finiteAux && !(aux == null && finiteSimpleForm(g, verb) && onlyPunctuationBetween(g, lastIndexOf(g, noun, verb), verb))) {
                continue;
            }
            clauseInNounsPlace(g, e);
            // « le Niger et le Burkina Faso condamnent Alger et rappellent leurs ambassadeurs »: a verb coordinated
            // with the subject is the clause's second verb
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(noun))) {
                if (c.getRelation().toString().equals("conj") && c.getDependent().index() > verb.index() && finiteSimpleForm(g, c.getDependent())) {
                    ParseRepairs.move(g, c, verb, "conj");
                }
            }
        }
    }

    /**
     * « la commission rwandaise présidée par Jean de Dieu Mucyo accusait Paris »: a finite verb without subject that the
     * parser hung on the agent (or another complement with a preposition) of a participle describing a noun is that
     * noun's clause.
     */
    private static void onParticiplesAgent(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord agent = e.getGovernor();
            IndexedWord verb = e.getDependent();
            SemanticGraphEdge byAgent = Syntax.parentEdge(g, agent);
            SemanticGraphEdge described = byAgent == null ? null : Syntax.parentEdge(g, byAgent.getGovernor());
            if (!e.getRelation().toString().equals("acl") || byAgent == null || !complementOfParticiple(g, byAgent)
                    || described == null || !described.getRelation().toString().equals("acl") || !Syntax.isNoun(described.getGovernor())
                    || Syntax.child(g, verb, "nsubj") != null || !finiteSimpleForm(g, verb) || verb.index() < agent.index()) {
                continue;
            }
            IndexedWord noun = described.getGovernor();
            ParseRepairs.move(g, e, noun, "acl");
            clauseInNounsPlace(g, Syntax.parentEdge(g, verb));
        }
    }

    /**
     * « par la Russie », or (« Les Mi-24 livrés par la Russie à l'armée malienne appartiennent … ») another complement
     * with a preposition: a phrase no finite verb takes for its subject.
     */
    private static boolean complementOfParticiple(SemanticGraph g, SemanticGraphEdge byAgent) {
        String rel = byAgent.getRelation().toString();
        return rel.equals("obl:agent") || rel.startsWith("obl") && Syntax.caseWord(g, byAgent.getDependent()) != null
                && Morph.of(byAgent.getGovernor()).pastParticiple();
    }

    /**
     * The verb the parser hung on a noun ({@code e}) takes the noun's place, the noun becomes its subject. « … le
     * Cambodge ; le Viêt Nam dénonçait … »: after a semicolon or a colon, a clause of its own, beside the main one.
     */
    private static void clauseInNounsPlace(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord noun = e.getGovernor();
        IndexedWord verb = e.getDependent();
        g.removeEdge(e);
        IndexedWord before = g.getNodeByIndexSafe(Syntax.phraseStart(g, noun) - 1);
        boolean newClause = before != null && (before.word().equals(";") || before.word().equals(":"));
        ParseRepairs.takePlace(g, noun, verb, newClause ? "parataxis" : null);
        g.addEdge(verb, noun, GrammaticalRelation.valueOf(e.getRelation().getLanguage(), "nsubj"), e.getWeight(), false);
        if (newClause) {
            besideMainClause(g, verb);
        } else {
            phraseAfterColonOpensClause(g, verb);
        }
    }

    /**
     * « reste américain : depuis les débuts de l'Alliance, l'essentiel de l'aviation norvégienne provient des
     * États-Unis »: a clause whose subject the parser hung, in apposition, on the phrase that opens what follows a
     * colon stands beside the clause before the colon, and that phrase is its own.
     */
    private static void phraseAfterColonOpensClause(SemanticGraph g, IndexedWord verb) {
        SemanticGraphEdge toVerb = Syntax.parentEdge(g, verb);
        IndexedWord phrase = toVerb == null ? null : toVerb.getGovernor();
        SemanticGraphEdge toPhrase = phrase == null ? null : Syntax.parentEdge(g, phrase);
        IndexedWord colon = phrase == null ? null : g.getNodeByIndexSafe(Syntax.phraseStart(g, phrase) - 1);
        if (toPhrase == null || !toVerb.getRelation().toString().equals("appos") || !toPhrase.getRelation().toString().startsWith("obl")
                || colon == null || !colon.word().equals(":") || toPhrase.getGovernor().index() > colon.index()) {
            return;
        }
        g.removeEdge(toVerb);
        ParseRepairs.takePlace(g, phrase, verb, "parataxis");
        g.addEdge(verb, phrase, toPhrase.getRelation(), toPhrase.getWeight(), false);
    }

    /**
     * « Bamako dénonce un acte d'hostilité ; le Niger et le Burkina Faso condamnent Alger »: the clause after the
     * semicolon stands beside the main clause, not under the word before the semicolon.
     */
    private static void besideMainClause(SemanticGraph g, IndexedWord verb) {
        IndexedWord root = g.getFirstRoot();
        SemanticGraphEdge in = Syntax.parentEdge(g, verb);
        if (in != null && !in.getGovernor().equals(root) && root.index() < verb.index() && !ParseRepairs.isBelow(g, root, verb)) {
            ParseRepairs.move(g, in, root, "parataxis");
        }
    }

    /**
     * « Souvenons-nous de juin 2017 : l'Arabie saoudite, les Émirats arabes unis, Bahreïn et l'Égypte rompent avec
     * Doha »: the parser takes the last names of the list for the verb's subject and hangs the verb on the first name.
     * A finite verb hung on a noun as its modifier, whose subject comes after that noun and its conjuncts, just after a
     * comma, has the whole list for its subject: it takes the noun's place, the noun becomes its subject, the names of
     * its subject the noun's conjuncts.
     */
    private static void splitSubjectList(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getGovernor();
            IndexedWord verb = e.getDependent();
            SemanticGraphEdge subjectEdge = Syntax.childEdge(g, verb, "nsubj");
            if (!e.getRelation().toString().equals("acl") || !Syntax.isNoun(noun) || subjectEdge == null || !finiteSimpleForm(g, verb)
                    || verb.index() < noun.index()) {
                continue;
            }
            IndexedWord subject = subjectEdge.getDependent();
            boolean listed = g.outgoingEdgeList(noun).stream().anyMatch(c -> c.getRelation().toString().equals("conj") && c.getDependent().index() < subject.index());
            if (!listed || subject.index() < noun.index() || !Syntax.isNoun(subject) || Syntax.child(g, subject, "case") != null
                    || !Syntax.precededBy(g, Syntax.phraseStart(g, subject), ",")) {
                continue;
            }
            clauseInNounsPlace(g, e);
            ParseRepairs.move(g, subjectEdge, noun, "conj");
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(subject))) {
                if (c.getRelation().toString().equals("conj")) {
                    ParseRepairs.move(g, c, noun, "conj");
                }
            }
            relativesToNounBeforeComma(g, noun, verb);
        }
    }

    /**
     * « l'Arabie saoudite, …, Bahreïn et l'Égypte rompent avec Doha, qu'ils accusent de financer le terrorisme »: a
     * relative clause that the parser hung on the subject, after its verb, is on the noun before its comma.
     */
    private static void relativesToNounBeforeComma(SemanticGraph g, IndexedWord subject, IndexedWord verb) {
        for (SemanticGraphEdge r : new ArrayList<>(g.outgoingEdgeList(subject))) {
            IndexedWord comma = g.getNodeByIndexSafe(Syntax.phraseStart(g, r.getDependent()) - 1);
            IndexedWord last = comma == null || !",".equals(comma.word()) ? null : g.getNodeByIndexSafe(comma.index() - 1);
            while (last != null && Syntax.parentEdge(g, last) != null && Syntax.parentEdge(g, last).getRelation().toString().startsWith("flat")) {
                last = g.getParent(last);
            }
            if (r.getRelation().toString().equals("acl:relcl") && r.getDependent().index() > verb.index() && last != null
                    && Syntax.isNoun(last) && ParseRepairs.isBelow(g, last, verb) && !ParseRepairs.isBelow(g, last, r.getDependent())) {
                ParseRepairs.move(g, r, last, "acl:relcl");
            }
        }
    }

    /** "dénonçait", "livre": a finite verb without auxiliary, and not a relative clause's ("qui", "que"). */
    private static boolean finiteSimpleForm(SemanticGraph g, IndexedWord verb) {
        Morph m = Morph.of(verb);
        return "VERB".equals(verb.tag()) && m.finiteIndicative()
                && !m.pastParticiple() && !m.presentParticiple() && !m.infinitive()
                && g.getChildren(verb).stream().noneMatch(c -> Syntax.isRelativePronoun(c) || RELATIVE_QUE.contains(Syntax.lower(c)));
    }

    /**
     * « Le Sénégal, de son côté, dénonça … », « L'Ukraine, enfin, avait vendu »: nothing but commas and adverbs between
     * the noun's phrase and the verb.
     */
    private static boolean onlyPunctuationBetween(SemanticGraph g, int last, IndexedWord verb) {
        // « Pékin, de son côté, reproche »: or the verb's own phrases before it.
        Set<IndexedWord> own = g.descendants(verb);
        for (int i = last + 1; i < verb.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null || !"PUNCT".equals(w.tag()) && !"ADV".equals(w.tag()) && !"AUX".equals(w.tag()) && !own.contains(w)) {
                return false;
            }
        }
        return verb.index() > last;
    }

    /**
     * The last token of a noun's phrase before a verb (its dependents after it and all of an apposition, without
     * punctuation or a clause): « Le ministre argentin des Affaires étrangères, Nicanor Costa Méndez, dénonça » ends
     * with the apposed name.
     */
    private static int lastIndexOf(SemanticGraph g, IndexedWord noun, IndexedWord verb) {
        return g.outgoingEdgeList(noun).stream().filter(e -> !e.getRelation().toString().equals("punct")
                && !e.getRelation().toString().startsWith("acl") && !e.getDependent().equals(verb))
                .flatMap(e -> WHOLE_PHRASE.contains(e.getRelation().toString()) && !(e.getRelation().toString().equals("nmod")
                        && g.descendants(e.getDependent()).stream().anyMatch(w -> w.word().equals(",")))
                        ? g.descendants(e.getDependent()).stream() : Stream.of(e.getDependent())).mapToInt(IndexedWord::index)
                .filter(i -> i > noun.index() && i < verb.index()).max().orElse(noun.index());
    }

    /**
     * « Nous, ministres des Affaires étrangères de la France, de l'Allemagne et du Royaume-Uni, condamnons … »: the
     * parser heads the sentence by the pronoun and coordinates the rest with it. The finite verb after it is the
     * clause, the pronoun its subject, the first noun its apposition, and the names after that noun's complement
     * the complement's conjuncts.
     */
    static void pronounTakenForHead(SemanticGraph g) {
        IndexedWord pronoun = g.getFirstRoot();
        if (pronoun == null || !"PRON".equals(pronoun.tag()) || !FIRST_PERSON.contains(Syntax.lower(pronoun))) {
            return;
        }
        List<SemanticGraphEdge> conjuncts = g.outgoingEdgeList(pronoun).stream().filter(e -> e.getRelation().toString().equals("conj")).toList();
        IndexedWord verb = conjuncts.stream().map(SemanticGraphEdge::getDependent).filter(w -> "VERB".equals(w.tag())
                && finiteSimpleForm(g, w)).findFirst().orElse(null);
        if (verb == null) {
            return;
        }
        IndexedWord appos = null;
        IndexedWord lastName = null;
        for (SemanticGraphEdge e : conjuncts) {
            IndexedWord d = e.getDependent();
            if (d.index() > verb.index() || !Syntax.isNoun(d)) {
                continue;
            }
            if (appos == null) {
                ParseRepairs.move(g, e, pronoun, "appos");
                appos = d;
                lastName = g.descendants(d).stream().filter(w -> "PROPN".equals(w.tag()) && !w.equals(d))
                        .max(Comparator.comparingInt(IndexedWord::index)).orElse(null);
            } else {
                ParseRepairs.move(g, e, lastName != null ? lastName : appos, "conj");
            }
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, verb);
        g.removeEdge(in);
        g.setRoot(verb);
        g.addEdge(verb, pronoun, GrammaticalRelation.valueOf(in.getRelation().getLanguage(), "nsubj"), in.getWeight(), false);
    }
}
