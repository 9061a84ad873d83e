package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * The words that can change the meaning of a trigger: the trigger, the predicates that govern it (through
 * infinitives, complement clauses and participles, and from a noun to the verb it depends on), their
 * auxiliaries, adverbs, markers and determiners, their "depuis", "dès", "selon" and "sans" phrases, and their
 * time adjuncts ("en 1982", "dans les années 1970", "à l'époque soviétique"). A relative clause is a scope of
 * its own, and so is a past participle on a noun: what the main clause says of its noun does not change it. Cue lists are matched against these.
 */
final class ClauseScope {
    private static final Set<String> CLIMB_FROM_VERB = Set.of("xcomp", "ccomp", "acl", "csubj");
    private static final Set<String> INFINITIVE_MARKS = FrenchWords.list("infinitive-complement-mark");
    private static final Set<String> CLIMB_FROM_NOUN = Set.of("nsubj", "nsubj:pass", "obj", "nmod", "obl", "obl:arg",
            "obl:mod", "xcomp");
    private static final Set<String> MODIFIERS = Set.of("advmod", "aux", "aux:pass", "aux:tense", "mark", "cop", "det",
            "expl", "expl:comp");
    /** Phrases read whole: "depuis des décennies", "dès les années 1960", "selon Moscou". ("sans" counts only as the
     * trigger's own subordinator, "sans livrer", a modifier: "sans que cela porte à conséquence" is another event.) */
    private static final Set<String> PHRASE_CASES = FrenchWords.list("phrase-case");
    private static final Set<String> TIME_CASES = FrenchWords.list("time-case");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("time-noun");
    private static final Set<String> APPROXIMATE = FrenchWords.list("approximate-noun");
    private static final Set<String> UNTIL_CASES = Set.of("jusqu'à", "jusqu'au", "jusqu'aux", "jusqu'");
    private static final Set<String> POSSESSIVES = FrenchWords.list("possessive");
    /** A word that is a year ("1973", "2024"). */
    static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
    private static final Pattern YEAR_SPAN = Pattern.compile("(1[89]\\d\\d|20\\d\\d)[-–](1[89]\\d\\d|20\\d\\d)");
    private static final int MAX_CLIMB = 4;
    private static final Set<String> PRESUPPOSING = FrenchWords.list("presupposing");
    private static final Set<String> FACTIVE = FrenchWords.list("factive-verb");
    private static final Set<String> RELATIVE_QUE = FrenchWords.list("relative-que");
    private static final Set<String> NEGATIVE_DETERMINERS = FrenchWords.list("negative-determiner");
    private static final Set<String> DOUBT_NOUNS = FrenchWords.list("doubt-noun");
    private static final Set<String> CORE_ARGUMENTS = Set.of("obj", "nsubj", "nsubj:pass");
    private static final Set<String> CEASING = FrenchWords.list("ceasing-verb");
    private static final Set<String> NEGATIVE_ADVERBS = FrenchWords.list("negative-adverb");
    private static final Set<String> WAITING = FrenchWords.list("waiting-verb");
    private static final Set<String> PURPOSE_MARKS = FrenchWords.list("purpose-mark");

    private final List<IndexedWord> chain = new ArrayList<>();
    private final TreeMap<Integer, String> words = new TreeMap<>();
    /** How many nodes of the chain are the trigger's own clause: up to a gerund ("en achetant"), all of it otherwise. */
    private int ownClause;
    private final TreeMap<Integer, String> ownWords = new TreeMap<>();
    /** The verb of a denied stop above the trigger (« ne cesse d'armer »), or null. */
    private IndexedWord stopDenied;
    /** Whether the chain stops at « il a fallu attendre 2021 pour que … », whose clause tells what happened at last. */
    private boolean waitedFor;

    ClauseScope(SemanticGraph g, IndexedWord trigger) {
        IndexedWord node = trigger;
        chain.add(node);
        int nounHops = 0;
        for (int i = 0; i < MAX_CLIMB; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, node);
            if (in == null) {
                break;
            }
            String rel = in.getRelation().toString();
            IndexedWord shared = governorOfFirstInfinitive(g, node, in);
            if (shared != null) {
                // « recommande de suivre … et d'obtenir … »: the verb above the first infinitive governs the second too
                node = shared;
                chain.add(node);
                continue;
            }
            boolean noun = Syntax.isNoun(node);
            // An adverbial clause is an event of its own, except a participle ("a armé X, fournissant ...").
            boolean participle = rel.equals("advcl") && Syntax.isPresentParticiple(node);
            // A past participle on a noun is a relative clause of its own ("l'Irak, armé par la France, ...").
            boolean reducedRelative = rel.equals("acl") && Morph.of(node).is("ppa");
            // "expliquer pourquoi l'UE est accusée de ...": an indirect question on why or how presupposes its event.
            IndexedWord clause = node;
            boolean presupposed = g.getChildren(clause).stream().anyMatch(c -> PRESUPPOSING.contains(Syntax.lower(c))
                    && c.index() < clause.index());
            // "Je n'oublie pas qu'en 1968 Moscou accusait …": what a factive verb's clause says is taken as true, whatever
            // is said of the verb itself.
            boolean factive = rel.equals("ccomp") && FACTIVE.contains(Morph.lemma(in.getGovernor()))
                    && Syntax.hasCaseOrMark(g, node, RELATIVE_QUE);
            // "ne laisse aucun doute sur la livraison par Pyongyang de missiles": a doubt denied asserts its event.
            IndexedWord doubt = in.getGovernor();
            IndexedWord doubtDet = Syntax.child(g, doubt, "det");
            boolean doubtDenied = DOUBT_NOUNS.contains(Morph.lemma(doubt)) && doubtDet != null
                    && NEGATIVE_DETERMINERS.contains(Syntax.lower(doubtDet));
            if (cessationDenied(g, in)) {
                // « depuis des décennies, Washington ne cesse d'armer l'île »: the stop's time phrases date the event
                stopDenied = in.getGovernor();
                break;
            }
            if (rel.equals("advcl") && Syntax.hasCaseOrMark(g, node, PURPOSE_MARKS) && waitedFor(g, in.getGovernor())) {
                waitedFor = true;
                break;
            }
            if (presupposed || factive || doubtDenied || detachedAttribute(g, node, in)) {
                break;
            }
            // "Pendant quatre décennies, c'est l'Union soviétique qui avait armé ...": a cleft's relative clause is
            // the cleft's own clause.
            boolean cleft = rel.equals("acl:relcl") && Syntax.isCleftFocus(g, in.getGovernor());
            // « avait dû renoncer, sous la pression américaine, à vendre »: after an insert the parser may make the
            // verb's « à » or « de » infinitive an adverbial clause
            boolean infinitiveComplement = rel.equals("advcl") && Morph.of(node).infinitive()
                    && Syntax.hasCaseOrMark(g, node, INFINITIVE_MARKS);
            boolean climb = noun ? CLIMB_FROM_NOUN.contains(rel) && nounHops++ < 2
                    : CLIMB_FROM_VERB.contains(rel) && !reducedRelative || participle || cleft || infinitiveComplement;
            if (!climb) {
                break;
            }
            if (participle && ownClause == 0 && isGerund(g, node)) {
                ownClause = chain.size();
            }
            node = in.getGovernor();
            chain.add(node);
        }
        ownClause = ownClause == 0 ? chain.size() : ownClause;
        for (int i = 0; i < chain.size(); i++) {
            if (i == ownClause) {
                ownWords.putAll(words);
            }
            IndexedWord n = chain.get(i);
            words.put(n.index(), n.word());
            for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                if (MODIFIERS.contains(rel) || rel.equals("cc") && "ni".equals(Syntax.lower(d))) {
                    // "n'a été ni vendu ni livré": the second « ni » negates its own conjunct
                    words.put(d.index(), d.word());
                    for (SemanticGraphEdge f : g.outgoingEdgeList(d)) {
                        // "depuis toujours", "depuis longtemps": the adverb's own preposition
                        if (Set.of("fixed", "advmod", "case").contains(f.getRelation().toString())) {
                            words.put(f.getDependent().index(), f.getDependent().word());
                        }
                    }
                } else if (Syntax.hasCaseOrMark(g, d, PHRASE_CASES)) {
                    for (IndexedWord w : g.descendants(d)) {
                        words.put(w.index(), w.word());
                    }
                } else if ((rel.startsWith("obl") || rel.equals("nmod")) && isTime(g, d)) {
                    addPhrase(g, d);
                } else if (CORE_ARGUMENTS.contains(rel)) {
                    // "n'a livré aucune arme": the negation is the argument's determiner
                    IndexedWord det = Syntax.child(g, d, "det");
                    if (det != null && NEGATIVE_DETERMINERS.contains(Syntax.lower(det))) {
                        words.put(det.index(), det.word());
                    }
                }
            }
        }
        if (stopDenied != null) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(stopDenied)) {
                IndexedWord d = e.getDependent();
                if (Syntax.hasCaseOrMark(g, d, PHRASE_CASES) || (e.getRelation().toString().startsWith("obl") && isTime(g, d))) {
                    addPhrase(g, d);
                }
            }
        }
        openingAdverb(g);
        sharedTimePhrase(g, trigger);
        if (ownClause == chain.size()) {
            ownWords.putAll(words);
        }
    }

    /**
     * « Historiquement, c'est au Royaume-Uni que la jeune force s'était équipée »: an adverb that opens the sentence
     * before a comma bears on the whole clause, though the parser may hang it on one of the clause's phrases.
     */
    private void openingAdverb(SemanticGraph g) {
        IndexedWord adverb = g.getNodeByIndexSafe(1);
        IndexedWord comma = g.getNodeByIndexSafe(2);
        SemanticGraphEdge in = adverb == null ? null : Syntax.parentEdge(g, adverb);
        if (in == null || !"ADV".equals(adverb.tag()) || comma == null || !comma.word().equals(",") || words.containsKey(adverb.index())) {
            return;
        }
        SemanticGraphEdge up = Syntax.parentEdge(g, in.getGovernor());
        if (chain.contains(in.getGovernor()) || up != null && chain.contains(up.getGovernor())) {
            words.put(adverb.index(), adverb.word());
        }
    }

    /** The verb that governs the first of two coordinated infinitives, seen from the second; null otherwise. */
    private static IndexedWord governorOfFirstInfinitive(SemanticGraph g, IndexedWord node, SemanticGraphEdge in) {
        if (!in.getRelation().toString().equals("conj") || !Morph.of(node).infinitive() || !Morph.of(in.getGovernor()).infinitive()) {
            return null;
        }
        SemanticGraphEdge up = Syntax.parentEdge(g, in.getGovernor());
        return up != null && CLIMB_FROM_VERB.contains(up.getRelation().toString()) ? up.getGovernor() : null;
    }

    /**
     * "formée et équipée pendant des décennies par les Britanniques": a time phrase after two coordinated participles
     * is said of both, though the parser hangs it on the first.
     */
    private void sharedTimePhrase(SemanticGraph g, IndexedWord trigger) {
        for (SemanticGraphEdge c : g.outgoingEdgeList(trigger)) {
            IndexedWord next = c.getDependent();
            if (c.getRelation().toString().equals("conj") && next.index() > trigger.index() && "VERB".equals(next.tag())
                    && Syntax.child(g, next, "nsubj") == null && Syntax.child(g, next, "nsubj:pass") == null) {
                trailingPhrase(g, next);
            }
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        sharedAdverbs(g, trigger, in);
        if (in == null || !in.getRelation().toString().equals("conj") || !Morph.of(trigger).pastParticiple()
                || !Morph.of(in.getGovernor()).pastParticiple()) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
            IndexedWord d = e.getDependent();
            if (d.index() > trigger.index() && e.getRelation().toString().startsWith("obl") && isTime(g, d)) {
                addPhrase(g, d);
            }
        }
    }

    /**
     * « la France, qui a longtemps formé et équipé l'armée comorienne »: an adverb between the auxiliary and the first
     * of two coordinated verbs that share it is said of both, though the parser hangs it on the first; so is a time
     * phrase that opens their clause, and the time phrase of a cleft whose clause they make up.
     */
    private void sharedAdverbs(SemanticGraph g, IndexedWord trigger, SemanticGraphEdge in) {
        if (in == null || !in.getRelation().toString().equals("conj") || !"VERB".equals(in.getGovernor().tag())
                || in.getGovernor().index() > trigger.index() || Syntax.child(g, trigger, "aux") != null
                || Syntax.child(g, trigger, "nsubj") != null || Syntax.child(g, in.getGovernor(), "aux") == null) {
            return;
        }
        IndexedWord first = in.getGovernor();
        IndexedWord aux = Syntax.child(g, first, "aux");
        for (SemanticGraphEdge e : g.outgoingEdgeList(first)) {
            IndexedWord d = e.getDependent();
            if (e.getRelation().toString().equals("advmod") && d.index() > aux.index() && d.index() < first.index()) {
                words.put(d.index(), d.word());
            }
            // « Pendant la décennie 1990, l'armée a été formée et équipée par … »: a time phrase that opens the clause
            if (e.getRelation().toString().startsWith("obl") && d.index() < aux.index() && isTime(g, d)) {
                addPhrase(g, d);
            }
        }
        // « c'est pendant l'occupation, de 1915 à 1934, que les États-Unis ont créé, armé et encadré … »: the time a
        // cleft puts first dates every verb of its clause
        SemanticGraphEdge up = Syntax.parentEdge(g, first);
        if (up != null && up.getRelation().toString().equals("acl:relcl") && Syntax.isCleftFocus(g, up.getGovernor())
                && Syntax.hasCaseOrMark(g, up.getGovernor(), TIME_CASES)) {
            addPhrase(g, up.getGovernor());
        }
    }

    /**
     * "la France, qui arme et conseille l'armée camerounaise depuis l'indépendance": a time phrase that ends the clause
     * of the verb coordinated after the trigger (with the same subject) is said of both.
     */
    private void trailingPhrase(SemanticGraph g, IndexedWord next) {
        // (reading back over the agent they share: « équipée et formée pendant des décennies par le Royaume-Uni »)
        List<IndexedWord> after = g.getChildren(next).stream().filter(d -> !"PUNCT".equals(d.tag()) && d.index() > next.index())
                .sorted((a, b) -> b.index() - a.index()).toList();
        for (IndexedWord last : after) {
            String rel = Syntax.parentEdge(g, last).getRelation().toString();
            if (rel.startsWith("obl") && (isTime(g, last) || Syntax.hasCaseOrMark(g, last, PHRASE_CASES))) {
                addPhrase(g, last);
                return;
            }
            if (!rel.equals("obl:agent")) {
                return;
            }
        }
    }

    /**
     * "les États-Unis n'ont jamais cessé d'armer l'île", "Rome ne cessant d'accuser": a stop denied asserts that the
     * infinitive's event went on; neither the negation nor the stop is said of it.
     */
    private static boolean cessationDenied(SemanticGraph g, SemanticGraphEdge in) {
        IndexedWord verb = in.getGovernor();
        return in.getRelation().toString().equals("xcomp") && CEASING.contains(Morph.lemma(verb))
                && g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("advmod")
                        && NEGATIVE_ADVERBS.contains(Syntax.lower(e.getDependent())));
    }

    /** "tout en rappelant que", "en achetant": a present participle under « en ». */
    private static boolean isGerund(SemanticGraph g, IndexedWord participle) {
        return g.getChildren(participle).stream().anyMatch(c -> c.index() < participle.index()
                && ("en".equals(Syntax.lower(c)) || g.getChildren(c).stream().anyMatch(f -> "en".equals(Syntax.lower(f)))));
    }

    private boolean isTime(SemanticGraph g, IndexedWord d) {
        if (YEAR_SPAN.matcher(d.word()).matches()) {
            // "1953-1977 - Les États-Unis arment l'Éthiopie": a chronology's span
            return true;
        }
        if (YEAR.matcher(d.word()).matches() && g.outgoingEdgeList(d).stream().anyMatch(e -> e.getRelation().toString().startsWith("nmod")
                && YEAR.matcher(e.getDependent().word()).matches())) {
            // "de 1955 à 1972": a span of years, whatever its preposition
            return true;
        }
        if (Syntax.hasCaseOrMark(g, d, Set.of("de")) && dated(g, d) && g.getChildren(d).stream()
                .anyMatch(e -> Syntax.hasCaseOrMark(g, e, Set.of("à", "jusqu'à")) && dated(g, e))) {
            // « de l'indépendance de 1967 à l'unification de 1990 »: a span between two dated events
            return true;
        }
        if (!Syntax.hasCaseOrMark(g, d, TIME_CASES)) {
            return false;
        }
        IndexedWord det = Syntax.child(g, d, "det");
        if (Syntax.hasCaseOrMark(g, d, UNTIL_CASES) && det != null && POSSESSIVES.contains(Syntax.lower(det))) {
            // « jusqu'à son effondrement en 1975 », « jusqu'à sa chute »: the end of the holder's own time
            return true;
        }
        if (APPROXIMATE.contains(Syntax.lower(d))) {
            // "pour une douzaine d'années": a count of years is a time phrase
            IndexedWord counted = Syntax.child(g, d, "nmod");
            return counted != null && TIME_NOUNS.contains(Morph.lemma(counted));
        }
        // « pendant l'occupation de 1915 à 1934 »: an event that spans the years it names
        return YEAR.matcher(d.word()).matches() || TIME_NOUNS.contains(Morph.lemma(d)) || namesPeriod(g, d) || spanOfYears(g, d);
    }

    /** « l'occupation de 1915 à 1934 »: a noun with two years among its complements. */
    private static boolean spanOfYears(SemanticGraph g, IndexedWord noun) {
        return Syntax.isNoun(noun) && g.outgoingEdgeList(noun).stream()
                .filter(e -> e.getRelation().toString().startsWith("nmod") && YEAR.matcher(e.getDependent().word()).matches())
                .count() >= 2;
    }

    /** « l'indépendance de 1967 »: an event noun with its year. */
    private static boolean dated(SemanticGraph g, IndexedWord noun) {
        return Syntax.isNoun(noun) && g.outgoingEdgeList(noun).stream()
                .anyMatch(e -> e.getRelation().toString().startsWith("nmod") && YEAR.matcher(e.getDependent().word()).matches());
    }

    /** « sous Nasser », « sous Siad Barre »: a phrase headed by the name of a period (extract/periods.tsv). */
    private static boolean namesPeriod(SemanticGraph g, IndexedWord d) {
        StringBuilder name = new StringBuilder(d.word());
        g.outgoingEdgeList(d).stream().filter(e -> e.getRelation().toString().startsWith("flat"))
                .map(SemanticGraphEdge::getDependent).sorted().forEach(w -> name.append(' ').append(w.word()));
        return Era.periodYear(name.toString()) != null;
    }

    /** The words of a time adjunct and of its modifiers, not of a clause inside it. */
    private void addPhrase(SemanticGraph g, IndexedWord d) {
        words.put(d.index(), d.word());
        for (SemanticGraphEdge e : g.outgoingEdgeList(d)) {
            String rel = e.getRelation().toString();
            // "entre 1960 et 1990": a year's conjunct is part of the phrase
            if (!rel.startsWith("acl") && (!rel.equals("conj") || YEAR.matcher(e.getDependent().word()).matches())) {
                addPhrase(g, e.getDependent());
            }
        }
    }

    /** « il a fallu deux ans pour que … », « il faut attendre 2021 pour que … »: « falloir », or « attendre » under it. */
    private static boolean waitedFor(SemanticGraph g, IndexedWord governor) {
        String lemma = Morph.lemma(governor);
        SemanticGraphEdge up = Syntax.parentEdge(g, governor);
        return WAITING.contains(lemma) && (lemma.equals("falloir") || up != null && Morph.lemma(up.getGovernor()).equals("falloir"));
    }

    boolean waitedFor() {
        return waitedFor;
    }

    /**
     * « Fournisseur attitré de Riyad depuis les années 1980, Londres cherchait un débouché »: a bare noun phrase set off
     * by a comma before its verb describes the subject; what the verb says (seeking, planning) is not said of it.
     */
    private static boolean detachedAttribute(SemanticGraph g, IndexedWord node, SemanticGraphEdge in) {
        if (!Syntax.isNoun(node) || !in.getRelation().toString().equals("obl:mod") || Syntax.caseWord(g, node) != null
                || node.index() > in.getGovernor().index()) {
            return false;
        }
        IndexedWord after = g.getNodeByIndexSafe(Syntax.lastWordOf(g, node) + 1);
        return after != null && after.word().equals(",");
    }

    /** The trigger and the predicates that govern it, nearest first. */
    List<IndexedWord> chain() {
        return chain;
    }

    /** The scope's words in sentence order, joined by spaces. */
    String text() {
        return joined(words);
    }

    /**
     * The words of the trigger's own clause: below a gerund ("a exclu ..., tout en rappelant que Berlin a livré"), what
     * the clause above denies is not what the gerund tells. Hypotheses and demands above it still count.
     */
    String ownText() {
        return joined(ownWords);
    }

    /** The predicates of the trigger's own clause, the trigger first. */
    List<IndexedWord> ownChain() {
        return chain.subList(0, ownClause);
    }

    private static String joined(TreeMap<Integer, String> words) {
        // The words as written: elided words join the next one ("l'époque"), and the tokenizer's "à le", "à les",
        // "de le", "de les" are "au", "aux", "du", "des".
        // Contractions first, so that "jusqu' à les années" becomes "jusqu'aux années".
        return (" " + String.join(" ", words.values()).replace('\u2019', '\'') + " ")
                .replace(" à le ", " au ").replace(" à les ", " aux ").replace(" de le ", " du ").replace(" de les ", " des ")
                .replace("' ", "'").strip();
    }
}
