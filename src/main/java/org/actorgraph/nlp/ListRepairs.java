package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;

/**
 * Repairs of lists: the parser often hangs the later members of a list on a verb or a common noun near them instead
 * of on the first member ("armé par la France, la Grande-Bretagne", "la déclaration signée par la Croatie, l'Albanie
 * et le Kosovo", a relative clause's conjunct).
 */
final class ListRepairs {
    private ListRepairs() {}

    /** Names hung on a verb or a common noun; {@link #conjunctOfRelative} runs once relative clauses are repaired. */
    static void apply(SemanticGraph g) {
        nominalConjunctOfVerb(g);
        nameConjunctOfCommonNoun(g);
        bareNounAfterNames(g);
        appositionOpeningList(g);
        caselessNamesInList(g);
        possessiveApposition(g);
        partitiveConjunctOfComplement(g);
        partitiveListItem(g);
        adjectiveListItem(g);
        adjectiveOfNextNoun(g);
        nameAfterRelativeInList(g);
        bareConjunctOfBareHead(g);
    }

    /**
     * « Londres, fournisseur traditionnel du sultanat et garant de sa sécurité »: the parser coordinates the second bare
     * noun with the first one's « de » complement. A noun without article or preposition, coordinated with a « de »
     * complement that has its article, of a noun without article, is that noun's conjunct; the complements after it
     * are its own.
     */
    private static void bareConjunctOfBareHead(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord second = e.getDependent();
            IndexedWord complement = e.getGovernor();
            SemanticGraphEdge up = Syntax.parentEdge(g, complement);
            if (!e.getRelation().toString().equals("conj") || !"NOUN".equals(second.tag()) || !"NOUN".equals(complement.tag())
                    || up == null || !up.getRelation().toString().equals("nmod") || !"de".equals(Syntax.caseWord(g, complement))
                    || Syntax.child(g, complement, "det") == null || Syntax.child(g, second, "det") != null
                    || Syntax.child(g, second, "case") != null) {
                continue;
            }
            IndexedWord head = up.getGovernor();
            if (!"NOUN".equals(head.tag()) || Syntax.child(g, head, "det") != null || head.index() > complement.index()) {
                continue;
            }
            ParseRepairs.move(g, e, head, "conj");
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(complement))) {
                if (c.getDependent().index() > second.index() && c.getRelation().toString().startsWith("nmod")) {
                    ParseRepairs.move(g, c, second, "nmod");
                }
            }
        }
    }

    /**
     * « ses clients : le Chili, le Pérou, qui en a acheté dix, et l'Équateur »: the parser
     * coordinates the name after the relative clause with a word inside it. A name coordinated with a common noun or a
     * number of a relative clause on a name that is itself in a list continues that list.
     */
    private static void nameAfterRelativeInList(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getDependent();
            IndexedWord inside = e.getGovernor();
            if (!e.getRelation().toString().equals("conj") || !"PROPN".equals(name.tag()) || "PROPN".equals(inside.tag())) {
                continue;
            }
            SemanticGraphEdge relative = null;
            for (SemanticGraphEdge up = Syntax.parentEdge(g, inside); up != null && relative == null; up = Syntax.parentEdge(g, up.getGovernor())) {
                if (up.getRelation().toString().equals("acl:relcl")) {
                    relative = up;
                } else if (!"VERB".equals(up.getGovernor().tag()) && !Syntax.isNoun(up.getGovernor())) {
                    break;
                }
            }
            IndexedWord member = relative == null ? null : relative.getGovernor();
            if (member == null || !"PROPN".equals(member.tag()) || name.index() < member.index()) {
                continue;
            }
            SemanticGraphEdge memberIn = Syntax.parentEdge(g, member);
            boolean listed = memberIn != null && memberIn.getRelation().toString().equals("conj") || Syntax.child(g, member, "conj") != null;
            if (listed) {
                IndexedWord first = memberIn != null && memberIn.getRelation().toString().equals("conj") ? memberIn.getGovernor() : member;
                ParseRepairs.move(g, e, first, "conj");
            }
        }
    }

    /**
     * « l'Union soviétique, principal fournisseur de l'armée sandiniste »: the parser coordinates the adjective after
     * the comma with the name's adjective. An adjective right before a noun without article, itself without a
     * conjunction or dependents, opens that noun's phrase.
     */
    private static void adjectiveOfNextNoun(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord adjective = e.getDependent();
            IndexedWord noun = g.getNodeByIndexSafe(adjective.index() + 1);
            if (e.getRelation().toString().equals("conj") && "ADJ".equals(adjective.tag()) && "ADJ".equals(e.getGovernor().tag())
                    && Syntax.precededBy(g, adjective.index(), ",") && noun != null && "NOUN".equals(noun.tag())
                    && Syntax.child(g, noun, "det") == null && g.getChildren(adjective).stream().allMatch(c -> "PUNCT".equals(c.tag()))) {
                ParseRepairs.move(g, e, noun, "amod");
            }
        }
    }

    /**
     * "des armées kazakhstanaise, kirghize et tadjike": the parser takes the adjectives after the first one's comma for
     * nouns and hangs them elsewhere. A bare lowercase word right after the comma that ends a noun's adjective, with
     * nothing of its own but a list's conjuncts, continues the adjective.
     */
    private static void adjectiveListItem(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord adjective = e.getDependent();
            IndexedWord comma = g.getNodeByIndexSafe(adjective.index() + 1);
            IndexedWord item = g.getNodeByIndexSafe(adjective.index() + 2);
            if (!e.getRelation().toString().equals("amod") || !"ADJ".equals(adjective.tag()) || comma == null || !",".equals(comma.word())
                    || item == null || !"NOUN".equals(item.tag()) && !"ADJ".equals(item.tag()) || !item.word().equals(Syntax.lower(item))
                    || g.getParent(item) == null || g.getParent(item).equals(adjective)
                    || !g.outgoingEdgeList(item).stream().allMatch(c -> c.getRelation().toString().equals("punct")
                            || c.getRelation().toString().equals("conj")
                            && g.getChildren(c.getDependent()).stream().allMatch(x -> "CCONJ".equals(x.tag())))) {
                continue;
            }
            List<SemanticGraphEdge> conjuncts = g.outgoingEdgeList(item).stream().filter(c -> c.getRelation().toString().equals("conj")).toList();
            ParseRepairs.move(g, Syntax.parentEdge(g, item), adjective, "conj");
            item.setTag("ADJ");
            for (SemanticGraphEdge c : conjuncts) {
                ParseRepairs.move(g, c, adjective, "conj");
                c.getDependent().setTag("ADJ");
            }
        }
    }

    /**
     * "a réceptionné des avions A-29 vendus par les États-Unis, des chasseurs JF-17 achetés au Pakistan": a partitive
     * phrase after a comma that the parser hung on the verb as an oblique continues the list its object opens.
     */
    private static void partitiveListItem(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord item = e.getDependent();
            IndexedWord object = Syntax.child(g, e.getGovernor(), "obj");
            IndexedWord comma = g.getNodeByIndexSafe(Syntax.phraseStart(g, item) - 1);
            if (e.getRelation().toString().startsWith("obl") && Syntax.isPartitive(g, item) && object != null
                    && object.index() < item.index() && (partitiveDeterminer(g, object) || Syntax.isPartitive(g, object))
                    && comma != null && ",".equals(comma.word())) {
                ParseRepairs.move(g, e, object, "conj");
            }
        }
    }

    /**
     * "des chasseurs JF-17 achetés au Pakistan et des chars VT-4 fournis par la Chine": the parser coordinates the
     * second partitive phrase with the complement that ends the first (« au Pakistan »). A partitive « des ... »
     * coordinated with a phrase of another preposition is a conjunct of the partitive phrase above that phrase.
     */
    private static void partitiveConjunctOfComplement(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord conjunct = e.getDependent();
            IndexedWord complement = e.getGovernor();
            String caseWord = Syntax.caseWord(g, complement);
            if (!e.getRelation().toString().equals("conj") || !Syntax.isPartitive(g, conjunct) || caseWord == null || caseWord.equals("de")) {
                continue;
            }
            IndexedWord node = complement;
            for (int i = 0; i < 4; i++) {
                SemanticGraphEdge up = Syntax.parentEdge(g, node);
                if (up == null) {
                    break;
                }
                node = up.getGovernor();
                if (Syntax.isNoun(node) && (Syntax.isPartitive(g, node) || partitiveDeterminer(g, node))) {
                    SemanticGraphEdge toHead = Syntax.parentEdge(g, node);
                    IndexedWord head = toHead != null && toHead.getRelation().toString().equals("conj") ? toHead.getGovernor() : node;
                    ParseRepairs.move(g, e, head, "conj");
                    break;
                }
            }
        }
    }

    /** "des chasseurs" written with the article « des » (not split into « de les »). */
    private static boolean partitiveDeterminer(SemanticGraph g, IndexedWord noun) {
        IndexedWord det = Syntax.child(g, noun, "det");
        return det != null && "des".equals(Syntax.lower(det));
    }

    /**
     * "New Delhi commande à la Russie, son fournisseur traditionnel, cinq systèmes S-400": a noun phrase with a
     * possessive, between commas after a name and with no « et », is the name's apposition, not a conjunct; a noun
     * the parser then hung on it after the second comma is the verb's object, when the verb has none.
     */
    private static void possessiveApposition(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getDependent();
            IndexedWord det = Syntax.child(g, noun, "det");
            IndexedWord comma = g.getNodeByIndexSafe(Syntax.phraseStart(g, noun) - 1);
            IndexedWord name = comma == null ? null : g.getNodeByIndexSafe(comma.index() - 1);
            IndexedWord verb = name == null ? null : Syntax.verbOfOblique(g, name);
            // The name before the comma, or the conjunct's governor: the parser may coordinate with the verb itself.
            if (!e.getRelation().toString().equals("conj") || name == null || !"PROPN".equals(name.tag()) || !"NOUN".equals(noun.tag())
                    || det == null || !FrenchWords.list("possessive").contains(Syntax.lower(det)) || Syntax.child(g, noun, "cc") != null
                    || !",".equals(comma.word()) || !(e.getGovernor().equals(name) || e.getGovernor().equals(verb))) {
                continue;
            }
            ParseRepairs.move(g, e, name, "appos");
            for (SemanticGraphEdge a : new ArrayList<>(g.outgoingEdgeList(noun))) {
                IndexedWord object = a.getDependent();
                IndexedWord before = g.getNodeByIndexSafe(Syntax.phraseStart(g, object) - 1);
                if (verb != null && Syntax.child(g, verb, "obj") == null && a.getRelation().toString().equals("appos")
                        && "NOUN".equals(object.tag()) && before != null && ",".equals(before.word())) {
                    ParseRepairs.move(g, a, verb, "obj");
                }
            }
        }
    }

    /** "des chars américains, des frégates françaises et des drones turcs": two common nouns with the same article. */
    private static boolean sameDeterminer(SemanticGraph g, IndexedWord first, IndexedWord second) {
        IndexedWord a = Syntax.child(g, first, "det");
        IndexedWord b = Syntax.child(g, second, "det");
        return "NOUN".equals(first.tag()) && "NOUN".equals(second.tag()) && a != null && b != null && a.lemma() != null
                && a.lemma().equals(b.lemma());
    }

    /**
     * "l'Arabie saoudite, les Émirats arabes unis, l'Égypte et leurs alliés", "des chars américains, des frégates
     * françaises et des drones turcs": the parser makes the second member an apposition of the first and hangs the rest
     * on it. An apposition that opens a list closed by "et" or "ou", on a name or on a common noun with the same
     * article, is the list's second member.
     */
    private static void appositionOpeningList(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord first = e.getGovernor();
            IndexedWord second = e.getDependent();
            if (!e.getRelation().toString().equals("appos") || !(Syntax.isNoun(second) && "PROPN".equals(first.tag()) || sameDeterminer(g, first, second))
                    || second.index() < first.index()) {
                continue;
            }
            List<SemanticGraphEdge> rest = g.outgoingEdgeList(second).stream()
                    .filter(c -> c.getRelation().toString().equals("conj")).toList();
            boolean closed = rest.stream().anyMatch(c -> Syntax.child(g, c.getDependent(), "cc") != null);
            // « Moscou, allié historique de la Serbie et fournisseur de son armée, »: nouns without an article after a
            // name describe it; they list no other party
            boolean described = bareNoun(g, second) && rest.stream().allMatch(c -> bareNoun(g, c.getDependent()));
            if (rest.isEmpty() || !closed || described) {
                continue;
            }
            ParseRepairs.move(g, e, first, "conj");
            for (SemanticGraphEdge c : rest) {
                ParseRepairs.move(g, c, first, "conj");
            }
        }
    }

    private static boolean bareNoun(SemanticGraph g, IndexedWord w) {
        return "NOUN".equals(w.tag()) && Syntax.child(g, w, "det") == null && Syntax.child(g, w, "case") == null;
    }

    /**
     * « Washington, Londres, Paris et Berlin ont accusé »: the parser hangs the names after the first as its complements
     * without a preposition (nmod) or as appositions, and the last one on the one before. Names after commas, hung on
     * a name without a case, in a list that « et » or « ou » closes, are its conjuncts.
     */
    private static void caselessNamesInList(SemanticGraph g) {
        for (IndexedWord first : new ArrayList<>(g.vertexListSorted())) {
            if (!"PROPN".equals(first.tag())) {
                continue;
            }
            List<SemanticGraphEdge> members = g.outgoingEdgeList(first).stream()
                    .filter(e -> e.getRelation().toString().equals("nmod") || e.getRelation().toString().equals("appos"))
                    .filter(e -> "PROPN".equals(e.getDependent().tag()) && e.getDependent().index() > first.index()
                            && Syntax.child(g, e.getDependent(), "case") == null && Syntax.child(g, e.getDependent(), "det") == null
                            && Syntax.precededBy(g, e.getDependent().index(), ","))
                    .toList();
            List<SemanticGraphEdge> rest = members.stream().flatMap(e -> g.outgoingEdgeList(e.getDependent()).stream())
                    .filter(c -> c.getRelation().toString().equals("conj") && "PROPN".equals(c.getDependent().tag())).toList();
            boolean closed = rest.stream().anyMatch(c -> Syntax.child(g, c.getDependent(), "cc") != null)
                    || g.outgoingEdgeList(first).stream().anyMatch(c -> c.getRelation().toString().equals("conj")
                            && Syntax.child(g, c.getDependent(), "cc") != null);
            if (members.isEmpty() || !closed) {
                continue;
            }
            for (SemanticGraphEdge e : members) {
                ParseRepairs.move(g, e, first, "conj");
            }
            for (SemanticGraphEdge c : rest) {
                ParseRepairs.move(g, c, first, "conj");
            }
        }
    }

    /**
     * "la Pologne et le Canada, premiers pays à nous avoir remis des Leopard": a common noun without an article after
     * a list of names and a comma describes them; it is their apposition, not one more member of the list.
     */
    private static void bareNounAfterNames(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getDependent();
            IndexedWord name = e.getGovernor();
            IndexedWord before = g.getNodeByIndexSafe(noun.index() - 1);
            boolean afterComma = before != null && (before.word().equals(",")
                    || "ADJ".equals(before.tag()) && g.getNodeByIndexSafe(noun.index() - 2) != null
                    && g.getNodeByIndexSafe(noun.index() - 2).word().equals(","));
            if (e.getRelation().toString().equals("conj") && "NOUN".equals(noun.tag()) && "PROPN".equals(name.tag())
                    && afterComma && Syntax.child(g, noun, "det") == null && Syntax.child(g, noun, "cc") == null) {
                ParseRepairs.move(g, e, name, "appos");
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
            String nameCase = Syntax.caseWord(g, name);
            verb = nameCase == null ? verb : verbOfOtherComplement(g, verb, nameCase);
            boolean nominal = "PROPN".equals(name.tag())
                    || "NOUN".equals(name.tag()) && Syntax.isPartitive(g, name);
            // « …, puis c'est la Suisse qui nous a loué ses F-5 »: a name with its own copula and subject is a clause
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(verb.tag()) || !nominal
                    || name.index() < verb.index() || Syntax.isCopularClause(g, name)) {
                continue;
            }
            IndexedWord list = null;
            for (SemanticGraphEdge c : g.outgoingEdgeList(verb)) {
                IndexedWord d = c.getDependent();
                String rel = c.getRelation().toString();
                // "commandé par le Portugal en 2019 et par la Hongrie en 2020": a name with a preposition joins the
                // complement with the same one.
                boolean sameCase = nameCase == null || !"PROPN".equals(name.tag()) || nameCase.equals(Syntax.caseWord(g, d));
                if (d.index() > verb.index() && d.index() < name.index() && Syntax.isNoun(d) && sameCase
                        && (rel.equals("obj") || rel.startsWith("obl")) && (list == null || d.index() > list.index())) {
                    list = d;
                }
            }
            if (list != null) {
                ParseRepairs.move(g, e, list, "conj");
            }
        }
    }

    /**
     * "commandé par la Pologne en 2022 et par la Roumanie": a name with a preposition coordinated with a complement
     * that has another one belongs with the complements of that complement's verb.
     */
    private static IndexedWord verbOfOtherComplement(SemanticGraph g, IndexedWord head, String nameCase) {
        IndexedWord verb = Syntax.verbOfOblique(g, head);
        String headCase = Syntax.caseWord(g, head);
        return verb == null || headCase == null || headCase.equals(nameCase) ? head : verb;
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
                if ("PROPN".equals(d.tag()) && d.index() > head.index() && d.index() < name.index() && !ParseRepairs.isBelow(g, d, name)
                        && (last == null || d.index() > last.index()) && Syntax.parentEdge(g, d) != null
                        && !Syntax.parentEdge(g, d).getRelation().toString().startsWith("flat")) {
                    last = d;
                }
            }
            if (last != null) {
                ParseRepairs.move(g, e, last, "conj");
            }
        }
    }

    /**
     * « se tourne vers la Libye, qui lui transfère ses premiers Scud, vers la Corée du Nord, … et vers la Chine »: a
     * phrase after a relative clause set off by commas, with the preposition of the noun the clause is on, that the
     * parser hung on the clause's verb, is that noun's conjunct (the comma closed the relative clause).
     */
    static void phraseAfterRelative(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord relative = e.getGovernor();
            IndexedWord phrase = e.getDependent();
            SemanticGraphEdge in = Syntax.parentEdge(g, relative);
            IndexedWord who = Syntax.child(g, relative, "nsubj");
            if (!e.getRelation().toString().startsWith("obl") || in == null || !in.getRelation().toString().equals("acl:relcl")
                    || who == null || !Syntax.isRelativePronoun(who) || !Syntax.precededBy(g, who.index(), ",")
                    || phrase.index() < relative.index() || !Syntax.precededBy(g, Syntax.phraseStart(g, phrase), ",")) {
                continue;
            }
            IndexedWord noun = in.getGovernor();
            String own = Syntax.caseWord(g, noun);
            String other = Syntax.caseWord(g, phrase);
            if (own != null && own.equalsIgnoreCase(other) && noun.index() < relative.index()) {
                ParseRepairs.move(g, e, noun, "conj");
            }
        }
    }

    /**
     * « Vilnius achète des obusiers à la France, qui lui en a livré dix-huit, et a commandé des NASAMS à la Norvège »: a
     * verb after « , et » that the parser coordinated with the verb of a relative clause set off by a comma, with no
     * subject of its own, goes on the clause the relative clause is in (the comma closed the relative clause).
     */
    static void conjunctAfterRelative(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord relative = e.getGovernor();
            IndexedWord second = e.getDependent();
            IndexedWord cc = Syntax.child(g, second, "cc");
            IndexedWord who = Syntax.child(g, relative, "nsubj");
            SemanticGraphEdge in = Syntax.parentEdge(g, relative);
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(second.tag()) || Syntax.child(g, second, "nsubj") != null
                    || Syntax.child(g, second, "aux") == null || cc == null || !Syntax.precededBy(g, cc.index(), ",")
                    || in == null || !in.getRelation().toString().equals("acl:relcl") || who == null || !Syntax.lower(who).equals("qui")
                    || !Syntax.precededBy(g, who.index(), ",")) {
                continue;
            }
            IndexedWord host = in.getGovernor();
            for (int i = 0; i < 3 && host != null && !"VERB".equals(host.tag()); i++) {
                SemanticGraphEdge up = Syntax.parentEdge(g, host);
                host = up == null ? null : up.getGovernor();
            }
            if (host != null && "VERB".equals(host.tag()) && host.index() < relative.index()) {
                ParseRepairs.move(g, e, host, "conj");
            }
        }
    }

    /**
     * « Les États-Unis, principal fournisseur d'Israël et qui lui livrent des bombes, … »: a clause whose subject is the
     * relative « qui », which the parser coordinated with a name (after its apposition), is a relative clause on it.
     */
    static void relativeTakenForConjunct(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            IndexedWord subject = Syntax.child(g, verb, "nsubj");
            if (e.getRelation().toString().equals("conj") && "PROPN".equals(e.getGovernor().tag()) && "VERB".equals(verb.tag())
                    && subject != null && "qui".equals(Syntax.lower(subject)) && subject.index() < verb.index()) {
                ParseRepairs.move(g, e, e.getGovernor(), "acl:relcl");
            }
        }
    }

    /**
     * « le fournisseur historique et dominant des forces du Kazakhstan »: a present participle after « et » and an
     * adjective of a noun, which the parser read as a verb coordinated with the noun's verb and taking « des forces »
     * for its object, is the adjective's conjunct, and « des forces » is the noun's complement.
     */
    static void participleAfterAdjective(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord participle = e.getDependent();
            IndexedWord cc = Syntax.child(g, participle, "cc");
            IndexedWord adjective = cc == null ? null : g.getNodeByIndexSafe(cc.index() - 1);
            SemanticGraphEdge adjectiveIn = adjective == null ? null : Syntax.parentEdge(g, adjective);
            SemanticGraphEdge object = Syntax.childEdge(g, participle, "obj");
            IndexedWord article = object == null ? null : Syntax.child(g, object.getDependent(), "det");
            if (!e.getRelation().toString().equals("conj") || !Morph.of(participle).presentParticiple() || cc == null
                    || cc.index() != participle.index() - 1 || adjective == null || !"ADJ".equals(adjective.tag()) || adjectiveIn == null || !adjectiveIn.getRelation().toString().equals("amod")
                    || !Syntax.isNoun(adjectiveIn.getGovernor()) || article == null || !Set.of("des", "du").contains(Syntax.lower(article))) {
                continue;
            }
            ParseRepairs.move(g, e, adjective, "conj");
            participle.setTag("ADJ");
            ParseRepairs.move(g, object, adjectiveIn.getGovernor(), "nmod");
            ParseRepairs.move(g, g.getEdge(object.getDependent(), article), object.getDependent(), "case");
        }
    }

    /**
     * « des frégates, que Montevideo a acquises auprès du Portugal »: a clause opened by « que » read as a conjunction,
     * which the parser coordinated with a noun after a comma, is a relative clause on it with « que » for object.
     */
    static void objectRelativeTakenForConjunct(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            IndexedWord noun = e.getGovernor();
            SemanticGraphEdge mark = Syntax.childEdge(g, verb, "mark");
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(verb.tag()) || !Syntax.isNoun(noun)
                    || mark == null || !Set.of("que", "qu'", "qu’").contains(Syntax.lower(mark.getDependent()))
                    || !Syntax.precededBy(g, mark.getDependent().index(), ",") || Syntax.child(g, verb, "obj") != null
                    || Syntax.child(g, verb, "nsubj") == null) {
                continue;
            }
            ParseRepairs.move(g, e, noun, "acl:relcl");
            mark.getDependent().setTag("PRON");
            ParseRepairs.move(g, mark, verb, "obj");
        }
    }

    /**
     * "..., qui s'en est pris à Obama et a accusé Israël": a finite verb without a subject that the parser coordinated
     * with the main verb, although the nearest verb before it heads a relative clause, continues that clause.
     */
    static void conjunctOfRelative(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord second = e.getDependent();
            // "…, qui accuse Washington de « jouer avec le feu » et reproche aux autorités de Taipei": also a simple
            // tense, after an infinitive of the relative clause.
            Morph form = Morph.of(second);
            boolean finite = Syntax.child(g, second, "aux") != null || form.reads("ind pres") || form.reads("ind impa") || form.reads("ind psim");
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(second.tag())
                    || Syntax.child(g, second, "nsubj") != null || !finite) {
                continue;
            }
            IndexedWord nearest = null;
            for (IndexedWord w : g.vertexListSorted()) {
                if (w.index() > e.getGovernor().index() && w.index() < second.index() && "VERB".equals(w.tag()) && !Morph.of(w).infinitive()) {
                    nearest = w;
                }
            }
            SemanticGraphEdge in = nearest == null ? null : Syntax.parentEdge(g, nearest);
            // A simple tense continues only a subject relative; neither continues after a comma (« …, qui pénètrent
            // dans sa zone, et accuse la Chine », « loue des Gripen à la Suède, qui lui en a vendu quatre, et a acheté
            // des NASAMS »: the main clause goes on).
            IndexedWord cc = Syntax.child(g, second, "cc");
            IndexedWord beforeCc = cc == null ? null : g.getNodeByIndexSafe(cc.index() - 1);
            IndexedWord relativeSubject = nearest == null ? null : Syntax.child(g, nearest, "nsubj");
            boolean afterComma = beforeCc != null && ",".equals(beforeCc.word());
            boolean continues = !afterComma && (Syntax.child(g, second, "aux") != null
                    || relativeSubject != null && Syntax.isRelativePronoun(relativeSubject) && beforeCc != null);
            if (in != null && continues && in.getRelation().toString().equals("acl:relcl") && ParseRepairs.isBelow(g, nearest, e.getGovernor())) {
                ParseRepairs.move(g, e, nearest, "conj");
            }
        }
    }

    /**
     * « L'Algérie, équipée par l'Union soviétique depuis l'indépendance, et à qui Moscou a vendu ses Su-30, … »: a
     * relative clause coordinated with a participle on a noun, which the parser made the conjunct of a noun inside
     * the participle's phrase, is a relative clause of the participle's noun.
     */
    static void relativeAfterParticiple(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            if (!e.getRelation().toString().equals("conj") || !"VERB".equals(verb.tag()) || !Syntax.isNoun(e.getGovernor())
                    || Syntax.child(g, verb, "cc") == null
                    || g.getChildren(verb).stream().noneMatch(w -> Syntax.isRelativePronoun(w) && w.index() < verb.index())) {
                continue;
            }
            IndexedWord node = e.getGovernor();
            for (int i = 0; i < 4 && node != null; i++) {
                IndexedWord participle = Syntax.child(g, node, "acl");
                if (participle != null && Morph.of(participle).pastParticiple() && participle.index() < verb.index()) {
                    // « Le Pérou, équipé par …, et à qui Moscou a vendu … »: coordinated with the noun itself
                    ParseRepairs.move(g, e, node, "acl:relcl");
                    break;
                }
                SemanticGraphEdge in = Syntax.parentEdge(g, node);
                node = in == null ? null : in.getGovernor();
            }
        }
    }
}
