package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * "Depuis l'indépendance de 1991, la Russie équipe l'armée kazakhe": after an opening phrase and a comma, the parser
 * hangs the name that begins the clause on that phrase (a conjunct or an apposition of "indépendance") and leaves the
 * finite verb after it without a subject; the words after the verb then hang on the name. The name is the verb's
 * subject, and what follows the verb is the verb's: its first bare noun the object, the others its complements.
 */
final class SubjectAcrossComma {
    private static final Set<String> POSSESSIVE = FrenchWords.list("possessive");
    private SubjectAcrossComma() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord verb : g.getRoots()) {
            if (!"VERB".equals(verb.tag()) || hasSubject(g, verb)) {
                continue;
            }
            if (!finite(verb)) {
                phraseBeforeAuxiliary(g, verb);
                continue;
            }
            IndexedWord name = g.getNodeByIndexSafe(verb.index() - 1);
            if (name == null || !Syntax.isNoun(name) || Syntax.child(g, name, "case") != null || !opensClause(g, name)
                    || disagree(name, verb)) {
                phraseBeforeAuxiliary(g, verb);
                continue;
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, name);
            if (in == null || in.getGovernor().index() > name.index()) {
                continue;
            }
            ParseRepairs.move(g, in, verb, "nsubj");
            boolean object = Syntax.child(g, verb, "obj") != null;
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(name))) {
                IndexedWord d = e.getDependent();
                if (d.index() < verb.index()) {
                    continue;
                }
                boolean bare = Syntax.child(g, d, "case") == null;
                ParseRepairs.move(g, e, verb, bare && !object && Syntax.isNoun(d) ? "obj" : bare ? "dep" : "obl");
                object |= bare && Syntax.isNoun(d);
            }
        }
    }

    /**
     * « En juin 2017, lorsque des équipes chinoises ont entrepris de prolonger une route sur le plateau du Doklam, le
     * ministère bhoutanais des Affaires étrangères a dénoncé … »: as {@link #apply}, with complements after the noun and
     * auxiliaries before the verb; the phrase ending right before them, hung on the opening phrase as a conjunct, is the
     * subject (an apposition there is one to the subject, which {@link #withApposition} finds).
     */
    private static void phraseBeforeAuxiliary(SemanticGraph g, IndexedWord verb) {
        IndexedWord aux = g.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().startsWith("aux"))
                .map(SemanticGraphEdge::getDependent).min(Comparator.comparingInt(IndexedWord::index)).orElse(null);
        IndexedWord first = aux != null && aux.index() < verb.index() ? aux : verb;
        IndexedWord name = g.vertexListSorted().stream().filter(n -> Syntax.isNoun(n) && n.index() < first.index()
                && Syntax.phraseEnd(g, n) == first.index() - 1 && Syntax.parentEdge(g, n) != null
                && Syntax.parentEdge(g, n).getRelation().toString().equals("conj") && Syntax.parentEdge(g, n).getGovernor().index() < n.index()
                && Syntax.child(g, n, "case") == null && opensClause(g, n)).reduce((a, b) -> b).orElse(null);
        SemanticGraphEdge in = name == null ? null : Syntax.parentEdge(g, name);
        if (in == null || disagree(name, first) || !finite(first)) {
            return;
        }
        ParseRepairs.move(g, in, verb, g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"))
                ? "nsubj:pass" : "nsubj");
    }

    /**
     * « De l'indépendance de 1967 à l'unification de 1990, la République démocratique populaire du Yémen, seul État
     * marxiste du monde arabe, a été équipée par l'Union soviétique »: as {@link #apply}, with an apposition between
     * commas after the name and auxiliaries before the verb, in a main clause (or one after a colon). The name, hung on
 * the opening phrase, is the verb's subject.
     */
    static void withApposition(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge up = Syntax.parentEdge(g, verb);
            if (up != null && !up.getRelation().toString().equals("parataxis")) {
                continue; // a main clause: the sentence's, or one after a colon
            }
            IndexedWord aux = g.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().startsWith("aux"))
                    .map(SemanticGraphEdge::getDependent).min(Comparator.comparingInt(IndexedWord::index)).orElse(null);
            IndexedWord first = aux != null && aux.index() < verb.index() ? aux : verb;
            IndexedWord comma = g.getNodeByIndexSafe(first.index() - 1);
            if (!"VERB".equals(verb.tag()) || hasSubject(g, verb) || !finite(first) || comma == null || !comma.word().equals(",")) {
                continue;
            }
            IndexedWord name = g.vertexListSorted().stream().filter(n -> Syntax.isNoun(n) && Syntax.phraseEnd(g, n) == comma.index() - 1
                    && Syntax.child(g, n, "appos") != null).reduce((a, b) -> b).orElse(null);
            SemanticGraphEdge in = name == null ? null : Syntax.parentEdge(g, name);
            if (in == null || in.getGovernor().index() > name.index() || !in.getRelation().toString().matches("appos|conj")
                    || Syntax.child(g, name, "case") != null || !opensClause(g, name) || disagree(name, first)) {
                continue;
            }
            ParseRepairs.move(g, in, verb, g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"))
                    ? "nsubj:pass" : "nsubj");
        }
    }

    /**
     * « Nicosie, pour sa part, a dénoncé … », « Pékin, principal fournisseur d'armes de la junte, a livré … »: a name that
     * opens the sentence, then an insert between commas (or its apposition), before a verb without subject. The parser
     * may hang the name on the verb as a caseless adjunct; it is the subject.
     */
    static void nameBeforeInsert(SemanticGraph g) {
        for (IndexedWord verb : g.getRoots()) {
            IndexedWord aux = Syntax.child(g, verb, "aux");
            if (!"VERB".equals(verb.tag()) || hasSubject(g, verb) || !finite(verb) && (aux == null || !finite(aux))) {
                continue;
            }
            SemanticGraphEdge in = g.outgoingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().startsWith("obl") && "PROPN".equals(e.getDependent().tag())
                            && Syntax.phraseStart(g, e.getDependent()) == 1 && Syntax.child(g, e.getDependent(), "case") == null)
                    .findFirst().orElse(null);
            // the comma after the name may hang on it
            IndexedWord last = in == null ? null : g.getNodeByIndexSafe(Syntax.phraseEnd(g, in.getDependent()));
            IndexedWord after = last == null ? null : last.word().equals(",") ? last : g.getNodeByIndexSafe(last.index() + 1);
            // (« Pékin, principal fournisseur d'armes de la junte, a livré … »: or the insert is the name's apposition)
            boolean insert = after != null && (Syntax.wordBetween(g, after, verb, Set.of(",")) || Syntax.child(g, in.getDependent(), "appos") != null);
            if (after == null || !after.word().equals(",") || !insert
                    || disagree(in.getDependent(), aux == null ? verb : aux)) {
                continue;
            }
            ParseRepairs.move(g, in, verb, "nsubj");
        }
    }

    /**
     * « Moscou dénonce les frappes au Yémen, Washington et Londres accusent Téhéran »: a second clause after a comma
     * whose subject is a list, which the parser hangs on a phrase of the first clause. A plural finite verb without
     * subject right after the last name of a list whose first name opens the clause after a comma takes the list.
     */
    static void coordinatedSubject(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord last = g.getNodeByIndexSafe(verb.index() - 1);
            if (!"VERB".equals(verb.tag()) || hasSubject(g, verb) || !finite(verb) || !Morph.of(verb).plural() || last == null
                    || !"PROPN".equals(last.tag()) || Syntax.child(g, last, "cc") == null || Syntax.child(g, last, "case") != null) {
                continue;
            }
            SemanticGraphEdge toLast = Syntax.parentEdge(g, last);
            if (toLast == null || !toLast.getRelation().toString().equals("conj")) {
                continue;
            }
            // The list's members hang on its first name, or (« au Yémen, Washington et Londres ») all on a phrase before.
            IndexedWord head = toLast.getGovernor();
            IndexedWord first = opensClause(g, head) ? head : g.outgoingEdgeList(head).stream()
                    .filter(e -> e.getRelation().toString().equals("conj") && e.getDependent().index() < last.index()
                            && opensClause(g, e.getDependent()))
                    .map(SemanticGraphEdge::getDependent).reduce((a, b) -> b).orElse(null);
            SemanticGraphEdge in = first == null ? null : Syntax.parentEdge(g, first);
            if (in == null || !"PROPN".equals(first.tag()) || Syntax.child(g, first, "case") != null
                    || in.getGovernor().index() > first.index() || ParseRepairs.isBelow(g, verb, first)) {
                continue;
            }
            ParseRepairs.move(g, in, verb, "nsubj");
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(head))) {
                if (!head.equals(first) && e.getRelation().toString().equals("conj") && e.getDependent().index() > first.index()
                        && e.getDependent().index() < verb.index()) {
                    ParseRepairs.move(g, e, first, "conj");
                }
            }
        }
    }

    /**
     * « N'Djamena accusait la Libye d'occuper la bande d'Aozou ; Tripoli, qui reprochait à la France son ingérence,
     * accusa le Tchad »: a name right after « ; » with only its own relative clause or apposition before a finite verb
     * without subject, which the parser hung on the clause before, is that verb's subject, and the verb heads a clause
     * of its own.
     */
    static void afterSemicolon(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge up = Syntax.parentEdge(g, verb);
            SemanticGraphEdge before = subjectBeforeSemicolon(g, verb);
            // « lui ont vendu »: a compound tense is its auxiliary's
            IndexedWord tensed = Syntax.child(g, verb, "aux") != null ? Syntax.child(g, verb, "aux") : verb;
            if (!"VERB".equals(verb.tag()) || before == null && hasSubject(g, verb) || !finite(tensed) || up == null || g.getRoots().isEmpty()) {
                continue;
            }
            IndexedWord name = null;
            for (int i = verb.index() - 1; i > 1 && name == null; i--) {
                if (";".equals(g.getNodeByIndexSafe(i - 1).word())) {
                    name = g.getNodeByIndexSafe(i);
                    // « ; les États-Unis, qui … »: the name after its article
                    if ("DET".equals(name.tag()) && g.getParent(name) != null && properName(g.getParent(name))) {
                        name = g.getParent(name);
                    }
                }
            }
            SemanticGraphEdge in = name == null ? null : Syntax.parentEdge(g, name);
            IndexedWord relative = name == null ? null : relativeOn(g, name);
            boolean onName = up.getGovernor().equals(name);
            if (in == null || !properName(name) || in.getRelation().toString().startsWith("nsubj") || disagree(name, tensed)
                    || !onName && (up.getRelation().toString().startsWith("acl") || up.getGovernor().index() > name.index())
                    || ParseRepairs.isBelow(g, name, verb) && (before == null || !ParseRepairs.isBelow(g, name, before.getDependent()))
                    || !ownWordsUntil(g, name, verb, relative)) {
                continue;
            }
            if (before != null) {
                // « des Mirage F1 et, en 2014, la frégate Mohammed VI ; les États-Unis … lui ont vendu »: a noun before
                // the « ; » is no subject of the verb after it, but a member of what the verb hung on
                ParseRepairs.move(g, before, up.getGovernor(), Syntax.isNoun(up.getGovernor()) ? "conj" : "obl");
            }
            // The verb heads a clause of its own, beside the clause before the « ; ».
            ParseRepairs.move(g, up, onName || !"VERB".equals(up.getGovernor().tag()) ? g.getFirstRoot() : up.getGovernor(), "parataxis");
            ParseRepairs.move(g, Syntax.parentEdge(g, name), verb, "nsubj");
            if (relative != null && !name.equals(g.getParent(relative))) {
                ParseRepairs.move(g, Syntax.parentEdge(g, relative), name, "acl:relcl");
            }
        }
    }

    /**
     * « La France, son partenaire historique, lui a livré des Mirage F1 »: the parser takes the apposition with a
     * possessive for the subject and the name before it for an oblique. A name without preposition right before the
     * comma that opens the subject's phrase is the subject; the phrase is its apposition.
     */
    static void appositionTakenForSubject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord noun = e.getDependent();
            IndexedWord det = Syntax.child(g, noun, "det");
            if (!e.getRelation().toString().equals("nsubj") || !"VERB".equals(verb.tag()) || !"NOUN".equals(noun.tag()) || det == null
                    || !POSSESSIVE.contains(Syntax.lower(det)) || !Syntax.precededBy(g, Syntax.phraseStart(g, noun), ",")) {
                continue;
            }
            IndexedWord name = g.getNodeByIndexSafe(Syntax.phraseStart(g, noun) - 2);
            SemanticGraphEdge in = name == null ? null : Syntax.parentEdge(g, name);
            if (in != null && "PROPN".equals(name.tag()) && in.getGovernor().equals(verb) && in.getRelation().toString().startsWith("obl")
                    && Syntax.child(g, name, "case") == null) {
                ParseRepairs.move(g, in, verb, "nsubj");
                ParseRepairs.move(g, e, name, "appos");
            }
        }
    }

    /**
     * « Manille a reçu trois cotres, rebaptisés A, B et C, et Séoul lui a offert la corvette Chungju »: the parser
     * adds the name after « et » to the list before it and leaves the verb after the name without a subject (or gives
     * it the participle before the list). A proper name with its « et », followed only by the verb's clitics and
     * auxiliaries, is the subject of such a verb, when the list it was hung on lies outside that verb's clause.
     */
    static void nameAfterConjunction(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            IndexedWord tensed = Syntax.child(g, verb, "aux") != null ? Syntax.child(g, verb, "aux") : verb;
            SemanticGraphEdge participle = Syntax.childEdge(g, verb, "nsubj");
            participle = participle != null ? participle : Syntax.childEdge(g, verb, "nsubj:pass");
            participle = participle != null && "VERB".equals(participle.getDependent().tag()) ? participle : null;
            if (!"VERB".equals(verb.tag()) || hasSubject(g, verb) && participle == null || !finite(tensed)) {
                continue;
            }
            int i = verb.index() - 1;
            while (i > 0 && verb.equals(g.getParent(g.getNodeByIndexSafe(i))) && Set.of("PRON", "AUX", "ADV").contains(g.getNodeByIndexSafe(i).tag())) {
                i--;
            }
            IndexedWord name = g.getNodeByIndexSafe(i);
            if (name != null && name.word().equals(",") && i < verb.index() - 1) {
                // « …, et Fidel Castro, qui pleurait ses compatriotes, avait violemment accusé les États-Unis »: past its
                // relative clause
                name = antecedentOfRelativeEndingAt(g, i - 1);
            }
            SemanticGraphEdge in = name == null ? null : Syntax.parentEdge(g, name);
            IndexedWord list = in == null ? null : in.getGovernor();
            boolean underParticiple = participle != null && list != null
                    && (list.equals(participle.getDependent()) || ParseRepairs.isBelow(g, list, participle.getDependent()));
            // « …, et Séoul lui a offert »: a comma before « et » closes the list (not « Pékin et Moscou ont équipé »)
            IndexedWord and = name == null ? null : Syntax.child(g, name, "cc");
            if (in == null || i == verb.index() - 1 || !properName(name) || and == null || !Syntax.precededBy(g, and.index(), ",")
                    || Syntax.child(g, name, "case") != null || !in.getRelation().toString().equals("conj") || list.index() > name.index()
                    || participle != null && !underParticiple || ParseRepairs.isBelow(g, list, verb) && !underParticiple
                    || disagree(name, tensed)) {
                continue;
            }
            if (participle != null) {
                SemanticGraphEdge up = Syntax.parentEdge(g, verb);
                ParseRepairs.move(g, participle, up != null ? up.getGovernor() : verb, "advcl");
            }
            ParseRepairs.move(g, in, verb, "nsubj");
        }
    }

    /**
     * « Paris a livré des Rafale à l'Inde, et Berlin, qui hésitait depuis longtemps, a vendu des sous-marins à
     * Singapour »: the parser hangs the verb after the relative clause's closing comma on that clause. With its own
     * auxiliary and no subject, on the relative clause of a name added by « et » to a phrase of a clause above, it is a
     * verb of that clause, coordinated; {@link #nameAfterConjunction} then gives it the name (both run again at the end
     * of the repairs, once the relative clause is back on its name). Whether a verb moved.
     */
    static boolean verbAfterRelativeOfConjunct(SemanticGraph g) {
        boolean moved = false;
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord relative = e.getGovernor();
            IndexedWord verb = e.getDependent();
            SemanticGraphEdge toName = Syntax.parentEdge(g, relative);
            IndexedWord pronoun = Syntax.child(g, relative, "nsubj");
            IndexedWord aux = Syntax.child(g, verb, "aux");
            if (toName == null || !toName.getRelation().toString().equals("acl:relcl") || pronoun == null || !Syntax.isRelativePronoun(pronoun)
                    || !"VERB".equals(verb.tag()) || aux == null || hasSubject(g, verb) || !e.getRelation().toString().matches("xcomp|conj|advcl|ccomp")
                    || !"PROPN".equals(toName.getGovernor().tag())) {
                continue;
            }
            IndexedWord name = toName.getGovernor();
            SemanticGraphEdge conj = Syntax.parentEdge(g, name);
            IndexedWord clause = conj == null ? null : Syntax.parentEdge(g, conj.getGovernor()) == null ? null : Syntax.parentEdge(g, conj.getGovernor()).getGovernor();
            IndexedWord start = g.getNodeByIndexSafe(Math.min(aux.index(), verb.index()) - 1);
            while (start != null && verb.equals(g.getParent(start)) && "ADV".equals(start.tag())) {
                start = g.getNodeByIndexSafe(start.index() - 1);
            }
            if (conj == null || !conj.getRelation().toString().equals("conj") || Syntax.child(g, name, "cc") == null
                    || clause == null || !"VERB".equals(clause.tag()) || start == null || !start.word().equals(",")) {
                continue;
            }
            ParseRepairs.move(g, e, clause, "conj");
            moved = true;
        }
        return moved;
    }

    /** The name whose relative clause (« , qui … ») ends at a token, or null. */
    private static IndexedWord antecedentOfRelativeEndingAt(SemanticGraph g, int end) {
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            IndexedWord clause = e.getDependent();
            IndexedWord pronoun = Syntax.child(g, clause, "nsubj");
            if (e.getRelation().toString().equals("acl:relcl") && pronoun != null && Syntax.isRelativePronoun(pronoun)
                    && Syntax.lastWordOf(g, clause) == end
                    && "PROPN".equals(e.getGovernor().tag())) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** The verb of the relative clause that opens right after a name and its comma (« Tripoli, qui reprochait »), or null. */
    private static IndexedWord relativeOn(SemanticGraph g, IndexedWord name) {
        IndexedWord pronoun = g.getNodeByIndexSafe(name.index() + 2);
        SemanticGraphEdge in = pronoun == null || !Syntax.precededBy(g, pronoun.index(), ",") || !Syntax.isRelativePronoun(pronoun)
                ? null : Syntax.parentEdge(g, pronoun);
        SemanticGraphEdge clause = in == null ? null : Syntax.parentEdge(g, in.getGovernor());
        // « ; les États-Unis, qui l'équipent …, lui ont vendu »: or the parser hung the name on the relative clause
        boolean nameOnClause = in != null && in.getGovernor().equals(g.getParent(name));
        return clause != null && (clause.getRelation().toString().equals("acl:relcl") || nameOnClause) ? in.getGovernor() : null;
    }

    /**
     * Whether every word between a name and a verb is the name's, its relative clause's, the verb's clitic or auxiliary,
     * a comma, or in an aside between commas (« ; Belmopan, de son côté, accusait »).
     */
    private static boolean ownWordsUntil(SemanticGraph g, IndexedWord name, IndexedWord verb, IndexedWord relative) {
        Set<IndexedWord> own = new HashSet<>(g.descendants(name));
        if (relative != null) {
            own.addAll(g.descendants(relative));
        }
        for (int i = name.index() + 1; i < verb.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            boolean verbs = w != null && verb.equals(g.getParent(w)) && ("PRON".equals(w.tag()) || "AUX".equals(w.tag()));
            if (w != null && !own.contains(w) && !verbs && !",".equals(w.word()) && !"»".equals(w.word())) {
                int asideEnd = asideEnd(g, w, name, verb);
                if (asideEnd < 0) {
                    return false;
                }
                i = asideEnd;
            }
        }
        return true;
    }

    /** The last word of the phrase that holds {@code w} and stands between commas, all between name and verb; or -1. */
    private static int asideEnd(SemanticGraph g, IndexedWord w, IndexedWord name, IndexedWord verb) {
        IndexedWord top = w;
        for (IndexedWord up = g.getParent(top); up != null && up.index() > name.index() && up.index() < verb.index(); up = g.getParent(up)) {
            top = up;
        }
        int start = Syntax.yieldStart(g, top);
        int end = Syntax.phraseEnd(g, top);
        IndexedWord before = g.getNodeByIndexSafe(start - 1);
        IndexedWord after = g.getNodeByIndexSafe(end + 1);
        boolean between = start == w.index() && end < verb.index() && before != null && after != null
                && ",".equals(before.word()) && ",".equals(after.word());
        return between ? end : -1;
    }

    /** A proper name, or a capitalised noun the tagger took for a common one (« l'Union soviétique »). */
    private static boolean properName(IndexedWord w) {
        return "PROPN".equals(w.tag()) || "NOUN".equals(w.tag()) && Character.isUpperCase(w.word().charAt(0));
    }

    /**
     * « Côté sud, les États-Unis, fournisseurs de Saïgon, lui ont livré … »: the parser hangs the subject, and what is
     * said of it, on the opening « Côté X, ». A verb without subject whose fronted « côté » phrase has a name after its
     * comma takes that name for subject; what followed it in the phrase goes with the name.
     */
    static void subjectUnderFrontedSide(SemanticGraph g) {
        IndexedWord side = g.getNodeByIndexSafe(1);
        SemanticGraphEdge in = side == null ? null : Syntax.parentEdge(g, side);
        IndexedWord comma = Syntax.firstComma(g);
        if (in == null || comma == null || !"côté".equals(Syntax.lower(side)) || Syntax.child(g, side, "det") != null
                || !"VERB".equals(in.getGovernor().tag()) || hasSubject(g, in.getGovernor()) && !in.getRelation().toString().equals("nsubj")) {
            return;
        }
        IndexedWord verb = in.getGovernor();
        SemanticGraphEdge subject = g.outgoingEdgeList(side).stream()
                .filter(e -> e.getDependent().index() > comma.index() && properName(e.getDependent())
                        && e.getRelation().toString().matches("conj|appos|nmod") && Syntax.child(g, e.getDependent(), "case") == null)
                .findFirst().orElse(null);
        if (subject == null) {
            return;
        }
        IndexedWord name = subject.getDependent();
        ParseRepairs.move(g, in, verb, "obl:mod");
        ParseRepairs.move(g, subject, verb, "nsubj");
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(side))) {
            if (e.getDependent().index() > name.index() && e.getDependent().index() < verb.index()) {
                ParseRepairs.move(g, e, name, e.getRelation().toString().equals("conj") ? "appos" : e.getRelation().toString());
            }
        }
    }

    /** The verb's nominal subject when it stands before a « ; » that comes before the verb, or null. */
    private static SemanticGraphEdge subjectBeforeSemicolon(SemanticGraph g, IndexedWord verb) {
        SemanticGraphEdge subject = Syntax.childEdge(g, verb, "nsubj");
        if (subject == null || !Syntax.isNoun(subject.getDependent())) {
            return null;
        }
        for (int i = subject.getDependent().index() + 1; i < verb.index(); i++) {
            if (";".equals(g.getNodeByIndexSafe(i).word())) {
                return subject;
            }
        }
        return null;
    }

    private static boolean hasSubject(SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream().map(e -> e.getRelation().toString())
                .anyMatch(r -> r.startsWith("nsubj") || r.startsWith("expl") || r.startsWith("csubj"));
    }

    private static boolean finite(IndexedWord verb) {
        Morph m = Morph.of(verb);
        return m != null && (m.is("ind") || m.is("sub") || m.conditional()) && !m.infinitive() && !m.pastParticiple()
                && !m.presentParticiple();
    }

    /** The name's phrase starts right after a comma, so it cannot be a conjunct with "et" or a complement. */
    private static boolean opensClause(SemanticGraph g, IndexedWord name) {
        IndexedWord before = g.getNodeByIndexSafe(Syntax.phraseStart(g, name) - 1);
        return before != null && ",".equals(before.word()) && Syntax.child(g, name, "cc") == null;
    }

    private static boolean disagree(IndexedWord name, IndexedWord verb) {
        Morph n = Morph.of(name);
        Morph v = Morph.of(verb);
        return n != null && v != null && (n.plural() && v.is("s") && !v.is("p") || !n.is("p") && n.is("s") && v.plural());
    }
}
