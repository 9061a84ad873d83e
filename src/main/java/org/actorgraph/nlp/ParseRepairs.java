package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs a few attachments that CoreNLP's French parser gets wrong in a systematic way, so that the
 * rules can be written against UD as it should be:
 * <ul>
 * <li>a subject hung on the auxiliary ("nsubj(a, Italie)") moves to the verb;</li>
 * <li>a passive subject of a verb with "avoir" and no passive auxiliary ("Moscou a livré") is an active subject;</li>
 * <li>a perfect infinitive hung on a noun ("a confirmé jeudi avoir livré") is a complement of the noun's verb;</li>
 * <li>a counted object after an "à" complement ("a livré à l'Ukraine dix-huit obusiers"), which the parser hangs
 * on the complement as a numeral and an apposition, is the verb's object;</li>
 * <li>a finite verb the tagger took for a noun gets its clause back ({@link VerbTakenForNoun});</li>
 * <li>a subject with a preposition ("Depuis la guerre froide, Washington équipe ...") is an oblique;</li>
 * <li>a name coordinated with a verb ("armé par la France, la Grande-Bretagne") or a common noun ("la déclaration
 * signée par la Croatie, l'Albanie") joins the list before it;</li>
 * <li>"dont" hung on the name that is the subject of an attribute ("Alger, dont Moscou est le fournisseur") is
 * the attribute's complement;</li>
 * <li>a past participle that disagrees with the subject the parser gave it modifies the noun it agrees with
 * ({@link Agreement}), and an adjective that disagrees with its noun the noun above it ("avions de combat turcs");</li>
 * <li>a complement with "contre" hung on an agent is the verb's or the noun's ("portées par Damas contre Doha"), and so
 * is a "de" complement on a demonstrative agent ("la commande par ce pays de missiles");</li>
 * <li>a complement right after an object and before a comma that opens another clause is the object's verb's
 * ("exportent des armes en Éthiopie, la famine persiste");</li>
 * <li>a relative clause on a noun that the parser took for a complement clause, "que" for its subordinator
 * ("des drones que la Turquie lui avait vendus"), becomes a relative clause with "que" as its object.</li>
 * </ul>
 */
public final class ParseRepairs {
    private static final Set<String> AVOIR = Set.of("a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "avais",
            "aura", "auront", "aurait", "auraient", "eu", "ayant", "avoir");
    private static final Set<String> INFINITIVE_AUX = Set.of("avoir", "être");
    private static final Set<String> DATIVE = Set.of("à", "au", "aux");
    private static final Set<String> RELATIVE_QUE = Set.of("que", "qu'", "qu’");
    private static final Set<String> ADDRESSEE = Set.of("auprès");
    private static final Set<String> AIMED = Set.of("contre", "envers");
    private static final Set<String> PLACE_CASES = Set.of("en", "à", "au", "aux", "vers");
    private static final Set<String> DEMONSTRATIVES = Set.of("ce", "cet", "cette", "ces");
    private static final Set<String> ASIDE_NOUNS = Set.of("côté", "part");
    private static final Set<String> FINITE_AVOIR = Set.of("a", "ont", "avait", "avaient", "aura", "auront", "aurait",
            "auraient", "eut", "eurent");
    private static final Set<String> TIME_NOUNS = Set.of("an", "année", "mois", "semaine", "jour", "été", "hiver",
            "printemps", "automne", "soir", "matin");

    private ParseRepairs() {}

    public static void apply(SemanticGraph g) {
        VerbTakenForNoun.apply(g);
        prepositionalSubject(g);
        nominalConjunctOfVerb(g);
        nameConjunctOfCommonNoun(g);
        dontOfAttribute(g);
        relativeTakenForComplement(g);
        finiteVerbTakenForModifier(g);
        objectAfterAside(g);
        conjunctOfRelative(g);
        Agreement.apply(g);
        againstOnAgent(g);
        complementBeforeComma(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            String rel = e.getRelation().toString();
            IndexedWord gov = e.getGovernor();
            IndexedWord dep = e.getDependent();
            if (rel.equals("nsubj") && isAuxiliaryOfSomething(g, gov)) {
                IndexedWord verb = headOfAuxiliary(g, gov);
                if (verb != null && Syntax.child(g, verb, "nsubj") == null) {
                    move(g, e, verb, rel);
                }
            } else if (rel.equals("nsubj:pass") && Syntax.child(g, gov, "aux:pass") == null && hasAvoir(g, gov)) {
                move(g, e, gov, "nsubj");
            } else if (rel.startsWith("obl") && "VERB".equals(gov.tag()) && Syntax.child(g, gov, "obj") == null
                    && (Syntax.hasCaseOrMark(g, dep, DATIVE) || Syntax.hasCaseOrMark(g, dep, ADDRESSEE))) {
                countedObjectOfDative(g, gov, dep);
            } else if (rel.equals("acl") && hasInfinitiveAux(g, dep) && Syntax.isNoun(gov)) {
                SemanticGraphEdge up = Syntax.parentEdge(g, gov);
                if (up != null && "VERB".equals(up.getGovernor().tag())) {
                    move(g, e, up.getGovernor(), "xcomp");
                }
            }
        }
    }

    /**
     * "Depuis la guerre froide, Washington équipe l'armée turque": a phrase with a preposition is no subject; the
     * name the parser hung on the verb right before it is.
     */
    private static void prepositionalSubject(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            if (!e.getRelation().toString().equals("nsubj") || !"VERB".equals(verb.tag())
                    || Syntax.child(g, e.getDependent(), "case") == null) {
                continue;
            }
            move(g, e, verb, "obl");
            SemanticGraphEdge name = Syntax.childEdge(g, verb, "compound");
            if (name != null && "PROPN".equals(name.getDependent().tag()) && name.getDependent().index() == verb.index() - 1) {
                move(g, name, verb, "nsubj");
            }
        }
    }

    /**
     * "armé par la France, la Grande-Bretagne, l'Allemagne": a name coordinated with the verb instead of with the
     * phrase before it joins that phrase's list.
     */
    private static void nominalConjunctOfVerb(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord name = e.getDependent();
            // "fournir des radars et des blindés": a partitive noun ("de les blindés") too.
            boolean nominal = "PROPN".equals(name.tag()) && Syntax.child(g, name, "case") == null
                    || "NOUN".equals(name.tag()) && Syntax.isPartitive(g, name);
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(verb.tag()) || !nominal
                    || name.index() < verb.index()) {
                continue;
            }
            IndexedWord list = null;
            for (SemanticGraphEdge c : g.outgoingEdgeList(verb)) {
                IndexedWord d = c.getDependent();
                String rel = c.getRelation().toString();
                if (d.index() > verb.index() && d.index() < name.index() && Syntax.isNoun(d)
                        && (rel.equals("obj") || rel.startsWith("obl")) && (list == null || d.index() > list.index())) {
                    list = d;
                }
            }
            if (list != null) {
                move(g, e, list, "conj");
            }
        }
    }

    /**
     * "Alger, dont Moscou est le fournisseur historique": the parser hangs "dont" on the subject, but a proper name
     * takes no "de" complement; it completes the attribute (the supplier of Algiers).
     */
    private static void dontOfAttribute(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord subject = e.getGovernor();
            if (!e.getRelation().toString().startsWith("nmod") || !Syntax.lower(e.getDependent()).equals("dont")
                    || !"PROPN".equals(subject.tag())) {
                continue;
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, subject);
            if (in != null && in.getRelation().toString().equals("nsubj") && Syntax.isNoun(in.getGovernor())
                    && Syntax.child(g, in.getGovernor(), "cop") != null) {
                move(g, e, in.getGovernor(), "nmod");
            }
        }
    }

    /**
     * NOUN > ccomp(V) > mark(que), V without object, or V > ccomp(V2) > mark(que) where "que" follows a comma after
     * a noun ("le Pakistan, que New Delhi accuse"): acl:relcl(NOUN, V) > obj(V, que).
     */
    private static void relativeTakenForComplement(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            if (!e.getRelation().toString().equals("ccomp")) {
                continue;
            }
            SemanticGraphEdge mark = Syntax.childEdge(g, verb, "mark");
            if (mark == null || !RELATIVE_QUE.contains(Syntax.lower(mark.getDependent()))) {
                continue;
            }
            IndexedWord noun = Syntax.isNoun(e.getGovernor()) && verb.index() > e.getGovernor().index() ? e.getGovernor()
                    : nounBeforeComma(g, mark.getDependent());
            if (noun == null) {
                continue;
            }
            SemanticGraphEdge object = Syntax.childEdge(g, verb, "obj");
            if (object != null && !TIME_NOUNS.contains(Syntax.lower(object.getDependent()))) {
                continue;
            }
            if (object != null) {
                move(g, object, verb, "obl:mod");
            }
            move(g, e, noun, "acl:relcl");
            move(g, mark, verb, "obj");
        }
    }

    /** The noun that ends the phrase before ", que", or null. */
    private static IndexedWord nounBeforeComma(SemanticGraph g, IndexedWord que) {
        IndexedWord comma = g.getNodeByIndexSafe(que.index() - 1);
        IndexedWord noun = g.getNodeByIndexSafe(que.index() - 2);
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

    /**
     * "..., et l'ambassadeur de Russie, X, avait dénoncé ...": a verb hung on a noun as a modifier (acl) although it
     * has a finite auxiliary and no subject is that noun's clause: it takes the noun's place, the noun becomes its subject.
     */
    private static void finiteVerbTakenForModifier(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getGovernor();
            IndexedWord verb = e.getDependent();
            if (!e.getRelation().toString().equals("acl") || !Syntax.isNoun(noun) || verb.index() < noun.index()
                    || Syntax.child(g, verb, "nsubj") != null || Syntax.child(g, verb, "nsubj:pass") != null) {
                continue;
            }
            SemanticGraphEdge aux = Syntax.childEdge(g, verb, "aux");
            if (aux == null || !FINITE_AVOIR.contains(Syntax.lower(aux.getDependent()))) {
                continue;
            }
            SemanticGraphEdge up = Syntax.parentEdge(g, noun);
            g.removeEdge(e);
            if (up == null) {
                g.setRoot(verb);
            } else {
                g.removeEdge(up);
                g.addEdge(up.getGovernor(), verb, up.getRelation(), up.getWeight(), false);
            }
            g.addEdge(verb, noun, GrammaticalRelation.valueOf(e.getRelation().getLanguage(), "nsubj"), e.getWeight(), false);
        }
    }

    /**
     * "Washington accuse de son côté Pékin de ...": the parser hangs the object on the aside "de son côté" / "pour sa
     * part" as an apposition; it is the verb's object.
     */
    private static void objectAfterAside(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord aside = e.getGovernor();
            // « condamnait "dans les termes les plus fermes" les frappes »: a noun after a quoted oblique is no
            // apposition of it.
            boolean afterQuote = "NOUN".equals(e.getDependent().tag()) && Syntax.child(g, e.getDependent(), "det") != null
                    && closingQuoteBetween(g, aside, e.getDependent());
            if (!e.getRelation().toString().equals("appos") || !ASIDE_NOUNS.contains(Syntax.lower(aside)) && !afterQuote) {
                continue;
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, aside);
            if (in != null && in.getRelation().toString().startsWith("obl") && "VERB".equals(in.getGovernor().tag())
                    && Syntax.child(g, in.getGovernor(), "obj") == null) {
                move(g, e, in.getGovernor(), "obj");
            }
        }
    }

    /**
     * "..., qui s'en est pris à Obama et a accusé Israël": a finite verb without a subject that the parser coordinated
     * with the main verb, although the nearest verb before it heads a relative clause, continues that clause.
     */
    private static void conjunctOfRelative(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord second = e.getDependent();
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(second.tag())
                    || Syntax.child(g, second, "nsubj") != null || Syntax.child(g, second, "aux") == null) {
                continue;
            }
            IndexedWord nearest = null;
            for (IndexedWord w : g.vertexListSorted()) {
                if (w.index() > e.getGovernor().index() && w.index() < second.index() && "VERB".equals(w.tag())) {
                    nearest = w;
                }
            }
            SemanticGraphEdge in = nearest == null ? null : Syntax.parentEdge(g, nearest);
            if (in != null && in.getRelation().toString().equals("acl:relcl") && isBelow(g, nearest, e.getGovernor())) {
                move(g, e, nearest, "conj");
            }
        }
    }

    /**
     * "les accusations portées par le régime syrien contre le Qatar": a complement with "contre" or "envers" after an
     * agent is the verb's; a "par" phrase names who acts, it is not itself aimed at anyone.
     */
    private static void againstOnAgent(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord agent = e.getGovernor();
            SemanticGraphEdge in = Syntax.parentEdge(g, agent);
            String preposition = String.valueOf(Syntax.caseWord(g, e.getDependent()));
            if (!e.getRelation().toString().equals("nmod") || in == null) {
                continue;
            }
            boolean verbAgent = in.getRelation().toString().equals("obl:agent");
            boolean nounAgent = in.getRelation().toString().equals("nmod") && "par".equals(Syntax.caseWord(g, agent))
                    && Syntax.isNoun(in.getGovernor());
            // "la commande par ce pays de missiles": a phrase with a demonstrative takes no "de" complement.
            IndexedWord det = Syntax.child(g, agent, "det");
            boolean demonstrative = det != null && DEMONSTRATIVES.contains(Syntax.lower(det)) && preposition.equals("de");
            if ((verbAgent || nounAgent) && (AIMED.contains(preposition) || demonstrative)) {
                move(g, e, in.getGovernor(), verbAgent ? "obl" : "nmod");
            }
        }
    }

    private static boolean isBelow(SemanticGraph g, IndexedWord node, IndexedWord ancestor) {
        for (SemanticGraphEdge in = Syntax.parentEdge(g, node); in != null; in = Syntax.parentEdge(g, in.getGovernor())) {
            if (in.getGovernor().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** "V à X NUM Y": nummod(X, NUM) and appos(X, Y), or appos(X, Y) > nummod(Y, NUM), become obj(V, Y) > nummod(Y, NUM). */
    private static void countedObjectOfDative(SemanticGraph g, IndexedWord verb, IndexedWord dative) {
        SemanticGraphEdge number = Syntax.childEdge(g, dative, "nummod");
        SemanticGraphEdge object = Syntax.childEdge(g, dative, "appos");
        if (object != null && number == null && Syntax.child(g, object.getDependent(), "nummod") == null) {
            // "auprès du secrétaire général, M. Annan, 78 violations": the counted noun is a later apposition, to the
            // complement or to its apposition.
            object = countedApposition(g, dative, object);
        }
        if (object != null) {
            // what hung on the former head after the object belongs to the object (else the arcs would cross it)
            IndexedWord head = object.getGovernor();
            IndexedWord counted = object.getDependent();
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(head))) {
                if (e.getDependent().index() > counted.index() && !e.getRelation().toString().equals("punct")
                        && Syntax.child(g, counted, "nummod") != null) {
                    move(g, e, counted, e.getRelation().toString().equals("appos") ? "appos" : "nmod");
                }
            }
        }
        if (object != null && number == null && object.getDependent().index() > dative.index()
                && Syntax.child(g, object.getDependent(), "nummod") != null
                && Syntax.child(g, object.getDependent(), "nummod").index() < object.getDependent().index()) {
            // "fournir à Taipei 66 appareils": the number hangs on the object already.
            move(g, object, verb, "obj");
            return;
        }
        if (number == null || object == null || number.getDependent().index() < dative.index()
                || object.getDependent().index() < number.getDependent().index()) {
            return;
        }
        move(g, object, verb, "obj");
        move(g, number, object.getDependent(), "nummod");
    }

    /**
     * "exportent des armes en Éthiopie et en Érythrée, la famine persiste": a complement right after a verb's object
     * and before a comma that opens a clause with its own subject belongs to that verb, not to the next clause's.
     */
    private static void complementBeforeComma(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord complement = e.getDependent();
            IndexedWord later = e.getGovernor();
            IndexedWord preposition = Syntax.child(g, complement, "case");
            if (!e.getRelation().toString().startsWith("obl") || !"VERB".equals(later.tag()) || preposition == null
                    || complement.index() > later.index() || !PLACE_CASES.contains(Syntax.lower(preposition))) {
                continue;
            }
            IndexedWord subject = Syntax.child(g, later, "nsubj");
            IndexedWord comma = g.vertexListSorted().stream().filter(w -> w.word().equals(",")
                    && w.index() > complement.index() && w.index() < later.index()).findFirst().orElse(null);
            IndexedWord before = g.getNodeByIndexSafe(preposition.index() - 1);
            if (subject == null || comma == null || subject.index() < comma.index() || before == null) {
                continue;
            }
            for (SemanticGraphEdge o : g.getIncomingEdgesSorted(objectHeadOf(g, before))) {
                IndexedWord verb = o.getGovernor();
                if (o.getRelation().toString().equals("obj") && "VERB".equals(verb.tag()) && verb.index() < complement.index()
                        && !verb.equals(later)) {
                    move(g, e, verb, "obl");
                    break;
                }
            }
        }
    }

    /** The noun whose phrase a word ends ("des armes" for "armes"; the noun of "des chars T-72" for "T-72"). */
    private static IndexedWord objectHeadOf(SemanticGraph g, IndexedWord w) {
        IndexedWord n = w;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, n);
            if (in == null || in.getRelation().toString().equals("obj")) {
                return n;
            }
            n = in.getGovernor();
        }
        return n;
    }

    private static boolean closingQuoteBetween(SemanticGraph g, IndexedWord from, IndexedWord to) {
        return g.vertexListSorted().stream().anyMatch(w -> w.index() > from.index() && w.index() < to.index()
                && (w.word().equals("»") || w.word().equals("\"")));
    }

    /**
     * "la déclaration signée par la Croatie, l'Albanie et le Kosovo": names the parser coordinated with a common
     * noun join the last name before them inside that noun's phrase.
     */
    private static void nameConjunctOfCommonNoun(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord head = e.getGovernor();
            IndexedWord name = e.getDependent();
            // an apposed name that heads a list of its own ("..., la Macédoine du Nord et la Serbie") too
            boolean listed = e.getRelation().toString().equals("conj")
                    || e.getRelation().toString().equals("appos") && Syntax.child(g, name, "conj") != null;
            if (!listed || !"NOUN".equals(head.tag()) || !"PROPN".equals(name.tag())
                    || Syntax.child(g, name, "case") != null || name.index() < head.index()) {
                continue;
            }
            IndexedWord last = null;
            for (IndexedWord d : g.descendants(head)) {
                if ("PROPN".equals(d.tag()) && d.index() > head.index() && d.index() < name.index() && !isBelow(g, d, name)
                        && (last == null || d.index() > last.index()) && Syntax.parentEdge(g, d) != null
                        && !Syntax.parentEdge(g, d).getRelation().toString().startsWith("flat")) {
                    last = d;
                }
            }
            if (last != null) {
                move(g, e, last, "conj");
            }
        }
    }

    private static SemanticGraphEdge countedApposition(SemanticGraph g, IndexedWord head, SemanticGraphEdge first) {
        List<SemanticGraphEdge> appositions = new ArrayList<>(g.outgoingEdgeList(head));
        appositions.addAll(g.outgoingEdgeList(first.getDependent()));
        for (SemanticGraphEdge e : appositions) {
            IndexedWord number = Syntax.child(g, e.getDependent(), "nummod");
            if (e.getRelation().toString().equals("appos") && e.getDependent().index() > first.getDependent().index()
                    && number != null && number.index() < e.getDependent().index()) {
                return e;
            }
        }
        return first;
    }

    static void move(SemanticGraph g, SemanticGraphEdge e, IndexedWord newGov, String rel) {
        g.removeEdge(e);
        g.addEdge(newGov, e.getDependent(), GrammaticalRelation.valueOf(e.getRelation().getLanguage(), rel), e.getWeight(),
                e.isExtra());
    }

    private static boolean isAuxiliaryOfSomething(SemanticGraph g, IndexedWord w) {
        return g.getIncomingEdgesSorted(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux"));
    }

    private static IndexedWord headOfAuxiliary(SemanticGraph g, IndexedWord aux) {
        return g.getIncomingEdgesSorted(aux).stream().filter(e -> e.getRelation().toString().startsWith("aux"))
                .map(SemanticGraphEdge::getGovernor).findFirst().orElse(null);
    }

    private static boolean hasAvoir(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().equals("aux") && AVOIR.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasInfinitiveAux(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().startsWith("aux")
                    && INFINITIVE_AUX.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
