package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/** Part of {@link ActorResolver}: the noun a relative pronoun takes up, where the parser may have hung its clause. */
public final class RelativeAntecedent {
    private static final Set<String> KIND_NOUNS = FrenchWords.list("kind-noun");
    /** How many words back a « lequel » form may take up a noun the parser did not give it. */
    private static final int GENDERED_REACH = 12;
    private static final Set<String> STANDING_NOUNS = FrenchWords.list("standing-noun");
    private RelativeAntecedent() {}

    /** The noun a relative pronoun's clause hangs on, or null. */
    public static IndexedWord of(SemanticGraph g, IndexedWord pronoun) {
        if (pronoun.index() == 1 || Syntax.precededBy(g, pronoun.index(), ":") || asksWho(g, pronoun)) {
            return null; // « Inde-Pakistan : qui arme les deux rivaux ? », « Et le Rwanda, qui le fournit ? »: a question
        }
        IndexedWord n = pronoun;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, n);
            if (in == null) {
                return null;
            }
            if (in.getRelation().toString().startsWith("acl")) {
                // "la Libye, armée par Moscou et à laquelle la France vend": the clause hung on the participle
                // coordinated with it is on the participle's noun.
                SemanticGraphEdge up = Syntax.parentEdge(g, in.getGovernor());
                boolean onParticiple = "VERB".equals(in.getGovernor().tag()) && up != null && up.getRelation().toString().equals("acl")
                        && Syntax.isNoun(up.getGovernor());
                if (onParticiple) {
                    return up.getGovernor();
                }
                IndexedWord described = objectAfterParticiplePhrase(g, pronoun, in.getGovernor());
                return described != null ? described : holderOfStanding(g, pronoun, kindOf(g, in.getGovernor()));
            }
            n = in.getGovernor();
        }
        return null;
    }

    /**
     * « un patrouilleur construit en France par Piriou, que Lomé a acquis »: an object relative after a comma, hung on
     * the agent or complement of a participle that describes a noun, is about that noun; null otherwise.
     */
    private static IndexedWord objectAfterParticiplePhrase(SemanticGraph g, IndexedWord pronoun, IndexedWord host) {
        SemanticGraphEdge toParticiple = Syntax.parentEdge(g, host);
        SemanticGraphEdge toNoun = toParticiple == null ? null : Syntax.parentEdge(g, toParticiple.getGovernor());
        SemanticGraphEdge role = Syntax.parentEdge(g, pronoun);
        boolean object = role != null && role.getRelation().toString().equals("obj");
        return object && toParticiple != null && Syntax.precededBy(g, pronoun.index(), ",")
                && toParticiple.getRelation().toString().startsWith("obl")
                && "VERB".equals(toParticiple.getGovernor().tag()) && toNoun != null && toNoun.getRelation().toString().equals("acl")
                && Syntax.isNoun(toNoun.getGovernor()) ? toNoun.getGovernor() : null;
    }

    /** « l'un de ces systèmes que l'Union soviétique avait livrés »: a clause on « l'un » is about one of those things. */
    public static IndexedWord oneOf(SemanticGraph g, IndexedWord noun) {
        IndexedWord set = Syntax.child(g, noun, "nmod");
        return "PRON".equals(noun.tag()) && (Syntax.lower(noun).equals("un") || Syntax.lower(noun).equals("une")) && set != null
                && "de".equals(Syntax.caseWord(g, set)) ? set : noun;
    }

    /**
     * « les vedettes de type Komar que l'Union soviétique céda »: a clause hung on the noun of a kind (« type »,
     * « classe »), or on a bare noun after « de » (« les drones de combat que … »), is on the noun it qualifies.
     */
    public static IndexedWord kindOf(SemanticGraph g, IndexedWord noun) {
        SemanticGraphEdge in = Syntax.parentEdge(g, noun);
        // « les sous-marins de type 218SG, que la marine a acquis »: or on the name the kind noun introduces
        if (in != null && in.getRelation().toString().matches("appos|flat.*|nmod|nummod") && KIND_NOUNS.contains(Syntax.lower(in.getGovernor()))) {
            noun = in.getGovernor();
            in = Syntax.parentEdge(g, noun);
        }
        boolean ofHead = in != null && in.getRelation().toString().equals("nmod") && Syntax.isNoun(in.getGovernor())
                && "de".equals(Syntax.caseWord(g, noun));
        // « les drones de combat que Bamako s'est procurés »: a bare noun after « de » only qualifies the noun before
        boolean bare = "NOUN".equals(noun.tag()) && Syntax.child(g, noun, "det") == null && Syntax.child(g, noun, "nmod") == null;
        return ofHead && (KIND_NOUNS.contains(Syntax.lower(noun)) || bare) ? in.getGovernor() : noun;
    }

    /**
     * « la place de la Russie, qui a livré au Bangladesh des Yak-130 »: a « qui » on a noun of someone's standing
     * (« place », « rôle », « poids ») takes up whose standing it is, the noun after its « de ».
     */
    private static IndexedWord holderOfStanding(SemanticGraph g, IndexedWord pronoun, IndexedWord noun) {
        IndexedWord holder = Syntax.child(g, noun, "nmod");
        return STANDING_NOUNS.contains(Morph.lemma(noun)) && Syntax.lower(pronoun).equals("qui") && holder != null
                && holder.index() < pronoun.index() && "de".equals(Syntax.caseWord(g, holder)) ? holder : noun;
    }

    /** « qui a vendu », « qui lui livre »: a « qui » subject of a verb whose finite form is singular. */
    static boolean singularSubject(SemanticGraph g, IndexedWord pronoun) {
        SemanticGraphEdge in = Syntax.parentEdge(g, pronoun);
        if (in == null || !in.getRelation().toString().equals("nsubj") || !Syntax.lower(pronoun).equals("qui")) {
            return false;
        }
        IndexedWord verb = in.getGovernor();
        IndexedWord finite = Syntax.child(g, verb, "aux");
        finite = finite != null ? finite : Syntax.child(g, verb, "aux:pass");
        Morph m = Morph.of(finite != null ? finite : verb);
        return m.is("s") && !m.is("p");
    }

    /** The last member before the pronoun of the list the antecedent is in; null when it is in no list. */
    static IndexedWord lastConjunctBefore(SemanticGraph g, IndexedWord antecedent, IndexedWord pronoun) {
        if (antecedent == null) {
            return null;
        }
        IndexedWord first = firstOfList(g, antecedent);
        IndexedWord last = null;
        for (IndexedWord c : ActorResolver.conjuncts(g, first)) {
            if (c.index() < pronoun.index() && (last == null || c.index() > last.index())) {
                last = c;
            }
        }
        return last == null || first.index() > pronoun.index() ? null : last.index() > first.index() ? last : null;
    }

    /** The first member of the list a word is in (the word itself when it is in none); null for null. */
    static IndexedWord firstOfList(SemanticGraph g, IndexedWord word) {
        IndexedWord first = word;
        for (SemanticGraphEdge in = first == null ? null : Syntax.parentEdge(g, first); in != null && in.getRelation().toString().equals("conj");
                in = Syntax.parentEdge(g, first)) {
            first = in.getGovernor();
        }
        return first;
    }

    /**
     * A « qui » in a sentence that ends in « ? » whose every verb is a « qui » verb (or its auxiliary): it asks who, it
     * takes up no noun (« qui arme Israël, qui arme l'Iran ? »).
     */
    static boolean asksWho(SemanticGraph g, IndexedWord pronoun) {
        List<IndexedWord> words = g.vertexListSorted();
        SemanticGraphEdge in = Syntax.parentEdge(g, pronoun);
        // « Revue de presse : qui arme Israël ? »: what stands before a colon is a heading
        int colon = words.stream().filter(w -> w.word().equals(":") && w.index() < pronoun.index()).mapToInt(IndexedWord::index).max().orElse(0);
        return !words.isEmpty() && words.get(words.size() - 1).word().equals("?") && Syntax.lower(pronoun).equals("qui")
                && in != null && words.stream().filter(w -> w.index() > colon && ("VERB".equals(w.tag()) || "AUX".equals(w.tag())))
                        .allMatch(w -> quiVerb(g, w) || g.getParent(w) != null && quiVerb(g, g.getParent(w)));
    }

    private static boolean quiVerb(SemanticGraph g, IndexedWord verb) {
        IndexedWord subject = Syntax.child(g, verb, "nsubj");
        return subject != null && Syntax.lower(subject).equals("qui");
    }

    /**
     * « Les États-Unis, fournisseurs de l'armée mexicaine, qui leur avait acheté des F-5 »: a « qui » whose verb is
     * singular does not take up a plural antecedent; it takes up the singular noun right before its comma, or null.
     */
    static IndexedWord agreeingNounBeforeComma(SemanticGraph g, IndexedWord pronoun, IndexedWord antecedent) {
        if (antecedent == null || !singularSubject(g, pronoun) || !Morph.of(antecedent).plural() || Morph.of(antecedent).is("s")) {
            return null;
        }
        IndexedWord before = nounBeforeComma(g, pronoun);
        return before != null && !before.equals(antecedent) && !Morph.of(before).plural() ? before : null;
    }

    /**
     * « une requête contre le Honduras devant la Cour internationale de justice, auquel il reproche … »: a « lequel »
     * (« auquel », « laquelle », « desquels » …) shows its gender and number; when the noun the parser gave it disagrees,
     * it takes up the nearest noun before it that agrees, a few words back at most; or null.
     */
    static IndexedWord agreeingWithGenderedPronoun(SemanticGraph g, IndexedWord pronoun, IndexedWord antecedent) {
        String w = Syntax.lower(pronoun);
        boolean gendered = w.matches("(le|la|les|au|aux|du|des)quel(le)?s?");
        if (antecedent == null || !gendered || agrees(antecedent, w)) {
            return null;
        }
        for (int i = pronoun.index() - 1; i > 0 && i >= pronoun.index() - GENDERED_REACH; i--) {
            IndexedWord n = g.getNodeByIndexSafe(i);
            if (n != null && Syntax.isNoun(n) && agrees(n, w) && !n.equals(antecedent)) {
                return n;
            }
        }
        return null;
    }

    /** Whether a noun shows the gender and number of a « lequel » form (« auquel »: masculine singular). */
    private static boolean agrees(IndexedWord noun, String lequel) {
        boolean feminine = lequel.contains("quelle");
        boolean plural = lequel.endsWith("s");
        Morph m = Morph.of(noun);
        boolean gender = feminine ? !m.masculine() || m.feminine() : !m.feminine() || m.masculine();
        boolean number = plural ? m.plural() || m.is("sp") : !m.plural() || m.is("sp");
        return gender && number;
    }

    /**
     * The noun right before the comma that precedes a relative pronoun (or its preposition: "l'armée arménienne, à
     * laquelle elle avait cédé …"; or its clause, whose phrase starts there), or null.
     */
    static IndexedWord nounBeforeComma(SemanticGraph g, IndexedWord pronoun) {
        IndexedWord word = wordBeforeComma(g, pronoun);
        if (word != null && "ADJ".equals(word.tag())) {
            SemanticGraphEdge in = Syntax.parentEdge(g, word);
            word = in != null && in.getRelation().toString().equals("amod") ? in.getGovernor() : null;
        }
        return word != null && Syntax.isNoun(word) ? word : null;
    }

    /**
     * « imposé par Riyad, Abou Dhabi, Manama et Le Caire, qui accusaient le Qatar »: a relative clause whose verb is
     * plural, after the last name of a list, takes up the whole list (its first conjunct, with the others under it).
     */
    static IndexedWord wholeListIfPlural(SemanticGraph g, IndexedWord pronoun, IndexedWord noun) {
        SemanticGraphEdge clause = Syntax.parentEdge(g, pronoun);
        if (noun == null || clause == null || !plural(g, clause.getGovernor())) {
            return noun;
        }
        for (SemanticGraphEdge in = Syntax.parentEdge(g, noun); in != null && in.getRelation().toString().equals("conj");
                in = Syntax.parentEdge(g, noun)) {
            noun = in.getGovernor();
        }
        return noun;
    }

    /** A verb's number, or that of its auxiliary (« qui ont accusé »). */
    private static boolean plural(SemanticGraph g, IndexedWord verb) {
        return Morph.of(verb).plural() && !Morph.of(verb).pastParticiple() || g.outgoingEdgeList(verb).stream()
                .anyMatch(e -> e.getRelation().toString().startsWith("aux") && Morph.of(e.getDependent()).plural());
    }

    /** The word right before the comma that opens the phrase of a relative pronoun (or of its clause), or null. */
    private static IndexedWord wordBeforeComma(SemanticGraph g, IndexedWord pronoun) {
        int first = Syntax.phraseStart(g, pronoun);
        IndexedWord comma = g.getNodeByIndexSafe(first - 1);
        if (comma == null || !comma.word().equals(",")) {
            return null;
        }
        int before = first - 2;
        // « de la Chine (267 millions de dollars), qui équipent »: the noun before the parenthesis
        if (g.getNodeByIndexSafe(before) != null && g.getNodeByIndexSafe(before).word().equals(")")) {
            while (before > 1 && !g.getNodeByIndexSafe(before).word().equals("(")) {
                before--;
            }
            before--;
        }
        return g.getNodeByIndexSafe(before);
    }

    /**
     * « La France, fournisseur de la marine brésilienne, à laquelle elle a cédé le Foch »: a relative pronoun after a
     * preposition, in a clause whose subject is a personal pronoun, does not take up the noun the parser hung the
     * clause on when that noun is inside the antecedent's phrase (the pronoun stands for the antecedent, and no one
     * cedes to oneself); it takes up the noun (or the state's adjective) right before the comma. Null when that
     * reading does not apply.
     */
    static IndexedWord closerNoun(SemanticGraph g, IndexedWord pronoun, IndexedWord antecedent) {
        SemanticGraphEdge in = Syntax.parentEdge(g, pronoun);
        IndexedWord clause = in == null ? null : in.getGovernor();
        IndexedWord subject = clause == null ? null : Syntax.child(g, clause, "nsubj");
        if (Syntax.child(g, pronoun, "case") == null || subject == null || !Syntax.isSubjectPronoun(subject)) {
            return null;
        }
        // The word itself, not the noun it qualifies: « la marine grecque, à laquelle » when the parser hung
        // « grecque » on another noun; an adjective there that names no state gives no reading.
        IndexedWord before = wordBeforeComma(g, pronoun);
        return before != null && (Syntax.isNoun(before) || "ADJ".equals(before.tag())) && !before.equals(antecedent)
                && g.descendants(antecedent).contains(before) ? before : null;
    }
}
