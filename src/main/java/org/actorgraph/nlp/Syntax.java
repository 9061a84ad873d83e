package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.actorgraph.nlp.FrenchWords;

/** Small questions about a node of a French dependency graph, asked by every stage after parsing. */
public final class Syntax {
    private static final Set<String> SUBJECT_PRONOUNS = FrenchWords.list("subject-pronoun");
    private static final Set<String> ARMED_FORCES = FrenchWords.list("armed-forces-organ");
    private static final Set<String> RELATIVE_PRONOUNS = FrenchWords.list("relative-pronoun");
    private static final Set<String> CONTRASTING_NEGATIONS = Set.of("pas", "non");
    private static final Pattern INVERTED_SUBJECT = Pattern.compile("-(?:t-)?(il|elle|ils|elles)");
    private static final Pattern MODEL_LETTERS = Pattern.compile("\\p{Lu}\\p{L}{0,3}");
    private static final Pattern MODEL_NUMBER = Pattern.compile("-\\d+\\p{L}*");

    private Syntax() {}

    /** The edge from the node's governor, or null for a root. */
    public static SemanticGraphEdge parentEdge(SemanticGraph g, IndexedWord node) {
        return g.getIncomingEdgesSorted(node).stream().findFirst().orElse(null);
    }

    /** The first dependent of a node by a relation, or null. */
    public static IndexedWord child(SemanticGraph g, IndexedWord node, String rel) {
        SemanticGraphEdge e = childEdge(g, node, rel);
        return e == null ? null : e.getDependent();
    }

    /** The last word of a name: its own, or that of the words it is made of (« Buenos Aires »). */
    public static int nameEnd(SemanticGraph g, IndexedWord name) {
        return g.outgoingEdgeList(name).stream().filter(e -> e.getRelation().toString().startsWith("flat"))
                .mapToInt(e -> e.getDependent().index()).max().orElse(name.index());
    }

    /** A verb's first word: its auxiliary (« a-t-il affirmé »: « a »), or itself. */
    public static IndexedWord firstOfVerb(SemanticGraph g, IndexedWord verb) {
        IndexedWord aux = child(g, verb, "aux");
        return aux != null && aux.index() < verb.index() ? aux : verb;
    }

    /** The first edge with that relation from the node to a child, or null. */
    public static SemanticGraphEdge childEdge(SemanticGraph g, IndexedWord node, String rel) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            if (e.getRelation().toString().equals(rel)) {
                return e;
            }
        }
        return null;
    }

    /** Whether the node has a case marker or subordinator among the given words ("à", "par", "selon", ...). */
    public static boolean hasCaseOrMark(SemanticGraph g, IndexedWord node, Set<String> words) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("case") || rel.equals("mark")) && words.contains(lower(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    /** The node's first case marker, lowercased, or null. */
    public static String caseWord(SemanticGraph g, IndexedWord node) {
        IndexedWord c = child(g, node, "case");
        return c == null ? null : lower(c);
    }

    /** The preposition nearest the noun, in lower case: « de » in « comme du Tadjikistan »; null without one. */
    public static String nearestCaseWord(SemanticGraph g, IndexedWord noun) {
        return g.outgoingEdgeList(noun).stream().filter(e -> e.getRelation().toString().equals("case")).map(SemanticGraphEdge::getDependent)
                .max(Comparator.comparingInt(IndexedWord::index)).map(Syntax::lower).orElse(null);
    }

    /** Whether a word is set off by a comma on each side (« Rabat, lui, mise », « est, lui, toujours »). */
    public static boolean betweenCommas(SemanticGraph g, IndexedWord n) {
        IndexedWord after = g.getNodeByIndexSafe(n.index() + 1);
        return precededBy(g, n.index(), ",") && after != null && after.word().equals(",");
    }

    /** Whether the token right before the 1-based {@code token} is {@code word} (« , », « ; »). */
    public static boolean precededBy(SemanticGraph g, int token, String word) {
        IndexedWord before = g.getNodeByIndexSafe(token - 1);
        return before != null && before.word().equals(word);
    }

    /** "des X" that the tokenizer split into "de les X": the partitive article, which the parser may read as a preposition. */
    public static boolean isPartitive(SemanticGraph g, IndexedWord d) {
        IndexedWord c = child(g, d, "case");
        IndexedWord det = child(g, d, "det");
        return c != null && det != null && lower(c).equals("de") && lower(det).equals("les") && det.index() == c.index() + 1;
    }

    /**
     * « les États-Unis en étaient le fournisseur principal »: « en » before the copula of a noun it hangs on (as its
     * clitic or, misread, its case), which says whose the noun is.
     */
    public static boolean genitiveClitic(SemanticGraph g, IndexedWord en) {
        SemanticGraphEdge in = parentEdge(g, en);
        IndexedWord cop = in == null ? null : child(g, in.getGovernor(), "cop");
        boolean clitic = "en".equals(lower(en)) && ("PRON".equals(en.tag()) || "ADP".equals(en.tag()));
        return clitic && cop != null && isNoun(in.getGovernor()) && en.index() == cop.index() - 1
                || clitic && in != null && attributeOfCopularVerb(g, in.getGovernor()) != null && en.index() == firstOfVerb(g, in.getGovernor()).index() - 1;
    }

    /** « en restent le fournisseur »: the noun a copular verb the parser read as transitive takes for its object, or null. */
    public static IndexedWord attributeOfCopularVerb(SemanticGraph g, IndexedWord verb) {
        if (!"VERB".equals(verb.tag()) || !FrenchWords.list("copular-verb").contains(Morph.lemma(verb))) {
            return null;
        }
        IndexedWord attribute = child(g, verb, "obj");
        attribute = attribute != null ? attribute : child(g, verb, "xcomp");
        return attribute != null && isNoun(attribute) ? attribute : null;
    }

    /** A phrase's words in order, as written (« à leur tour »). */
    public static String phraseText(SemanticGraph g, IndexedWord head) {
        return new TreeSet<>(g.descendants(head)).stream().map(IndexedWord::word).collect(Collectors.joining(" "));
    }

    /** Whether a word is a year (« 1973 », « 2023 »). */
    public static boolean isYear(IndexedWord w) {
        return w.word().matches("(1[89]|20)\\d\\d");
    }

    public static boolean isNoun(IndexedWord w) {
        return "NOUN".equals(w.tag()) || "PROPN".equals(w.tag());
    }

    /** « tout en recevant »: a gerund said of the main clause's subject, at the same time as what it does. */
    public static boolean isConcessiveGerund(SemanticGraph g, IndexedWord gerund) {
        IndexedWord en = child(g, gerund, "mark");
        IndexedWord tout = en == null ? null : g.getNodeByIndexSafe(en.index() - 1);
        return en != null && tout != null && isPresentParticiple(gerund) && lower(en).equals("en") && lower(tout).equals("tout");
    }

    /** "fournissant", "accusant": the form of a participial adjunct. */
    public static boolean isPresentParticiple(IndexedWord w) {
        return lower(w).endsWith("ant");
    }

    public static boolean isSubjectPronoun(IndexedWord w) {
        return SUBJECT_PRONOUNS.contains(lower(w));
    }

    /** The word before a word and the adverbs of its own right before it (« Rome » of « Rome ne cessant »), or null. */
    public static IndexedWord beforeOwnAdverbs(SemanticGraph g, IndexedWord word) {
        IndexedWord before = g.getNodeByIndexSafe(word.index() - 1);
        for (SemanticGraphEdge in = before == null ? null : parentEdge(g, before);
                in != null && in.getGovernor().equals(word) && in.getRelation().toString().equals("advmod");
                in = before == null ? null : parentEdge(g, before)) {
            before = g.getNodeByIndexSafe(before.index() - 1);
        }
        return before;
    }

    /** Whether a noun and a participle or adjective do not show different genders. */
    public static boolean sameGender(IndexedWord noun, IndexedWord participle) {
        Morph n = Morph.of(noun);
        Morph p = Morph.of(participle);
        return !(n.masculine() && p.feminine() || n.feminine() && p.masculine());
    }

    /** Whether a participle agrees with a noun in number and gender, where both show them. */
    public static boolean agrees(IndexedWord noun, IndexedWord participle) {
        boolean number = Morph.of(noun).plural() == Morph.of(participle).plural() || Morph.of(noun).is("sp");
        return number && sameGender(noun, participle);
    }

    /** The first comma of the sentence, or null. */
    public static IndexedWord firstComma(SemanticGraph g) {
        return g.vertexListSorted().stream().filter(w -> w.word().equals(",")).findFirst().orElse(null);
    }

    /** « la Suisse est le fournisseur », « c'est la Suisse qui … »: a noun with a copula and a subject of its own heads a clause. */
    public static boolean isCopularClause(SemanticGraph g, IndexedWord noun) {
        return child(g, noun, "cop") != null && child(g, noun, "nsubj") != null;
    }

    /** « c'est la France qui … »: the phrase a cleft puts first (a copula and « ce » for subject). */
    public static boolean isCleftFocus(SemanticGraph g, IndexedWord focus) {
        IndexedWord subject = child(g, focus, "nsubj");
        return child(g, focus, "cop") != null && subject != null && FrenchWords.list("cleft-pronoun").contains(lower(subject));
    }

    /**
     * « achetés à Washington, pas à Brasilia », « à la France et non à l'Italie »: a phrase set against another by a
     * negation of its own, which says what did not happen.
     */
    public static boolean contrastedAway(SemanticGraph g, IndexedWord phrase) {
        return g.outgoingEdgeList(phrase).stream().anyMatch(e -> e.getRelation().toString().equals("advmod")
                && e.getDependent().index() < phrase.index() && CONTRASTING_NEGATIONS.contains(lower(e.getDependent())));
    }

    /** « l'armée », « les forces », « la marine »: a noun of a state's armed forces, by its lemma or as written. */
    public static boolean isArmedForces(IndexedWord n) {
        return ARMED_FORCES.contains(Morph.lemma(n)) || ARMED_FORCES.contains(lower(n));
    }

    public static boolean isRelativePronoun(IndexedWord w) {
        return RELATIVE_PRONOUNS.contains(lower(w));
    }

    /** Where a word's phrase starts: the word or its first dependent before it, punctuation aside. */
    public static int phraseStart(SemanticGraph g, IndexedWord w) {
        return g.outgoingEdgeList(w).stream().filter(e -> !e.getRelation().toString().equals("punct"))
                .mapToInt(e -> e.getDependent().index()).filter(i -> i < w.index()).min().orElse(w.index());
    }

    /** Whether more « than » stand among the first {@code count} tokens: a word after them is quoted. */
    public static boolean betweenQuotes(List<CoreLabel> tokens, int count) {
        int open = 0;
        for (CoreLabel t : tokens.subList(0, Math.min(count, tokens.size()))) {
            open += t.word().equals("«") ? 1 : t.word().equals("»") ? -1 : 0;
        }
        return open > 0;
    }

    /** Where a word's whole phrase starts: its first descendant (« plus d'une centaine de … » from « plus »). */
    public static int yieldStart(SemanticGraph g, IndexedWord w) {
        return g.descendants(w).stream().mapToInt(IndexedWord::index).min().orElse(w.index());
    }

    /** Where a word's phrase ends: its last descendant. */
    public static int phraseEnd(SemanticGraph g, IndexedWord w) {
        return g.descendants(w).stream().mapToInt(IndexedWord::index).max().orElse(w.index());
    }

    /** The last word of a phrase, its punctuation left out (the comma that closes a relative clause). */
    public static int lastWordOf(SemanticGraph g, IndexedWord w) {
        return g.descendants(w).stream().filter(x -> !"PUNCT".equals(x.tag())).mapToInt(IndexedWord::index).max().orElse(w.index());
    }

    /** Whether a complement stands before its verb with a comma between them. */
    public static boolean fronted(SemanticGraph g, IndexedWord complement, IndexedWord verb) {
        return complement.index() < verb.index() && wordBetween(g, complement, verb, Set.of(","));
    }

    /** Whether one of these words stands strictly between two tokens (none when {@code to} comes first). */
    public static boolean wordBetween(SemanticGraph g, IndexedWord from, IndexedWord to, Set<String> words) {
        return g.vertexSet().stream().anyMatch(w -> w.index() > from.index() && w.index() < to.index() && words.contains(w.word()));
    }

    /** Whether a word comes after another with only commas and adverbs between them ("l'Éthiopie, longtemps armée"). */
    public static boolean nextTo(SemanticGraph g, IndexedWord before, IndexedWord after) {
        return before.index() < after.index() && g.vertexSet().stream().filter(x -> x.index() > before.index() && x.index() < after.index())
                .allMatch(x -> ",".equals(x.word()) || "ADV".equals(x.tag()));
    }

    /** "la Corée du Sud, longtemps armée par": only the noun's own complements, commas or adverbs stand between. */
    public static boolean nextToPhrase(SemanticGraph g, IndexedWord noun, IndexedWord word) {
        Set<IndexedWord> own = g.descendants(noun);
        own.removeAll(g.descendants(word));
        return noun.index() < word.index() && g.vertexSet().stream().filter(x -> x.index() > noun.index() && x.index() < word.index())
                .allMatch(x -> ",".equals(x.word()) || "ADV".equals(x.tag()) || own.contains(x));
    }

    /** The verb a phrase is an oblique of ("obl", "obl:arg", "obl:mod"...), or null. */
    public static IndexedWord verbOfOblique(SemanticGraph g, IndexedWord phrase) {
        SemanticGraphEdge in = parentEdge(g, phrase);
        return in != null && in.getRelation().toString().startsWith("obl") && "VERB".equals(in.getGovernor().tag())
                ? in.getGovernor() : null;
    }

    /** « -t-il », « -elle »: the subject pronoun an inverted subject stands for (« il », « elle »), or null. */
    public static String invertedPronoun(String word) {
        Matcher m = INVERTED_SUBJECT.matcher(word.toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1) : null;
    }

    public static String lower(IndexedWord w) {
        return w.word().toLowerCase(Locale.ROOT);
    }

    /**
     * "L" "-29", "Su" "-30MKA": a short capitalised word and the number the tokenizer split from it, a model's
     * designation (which the weapon lists cannot all hold).
     */
    public static boolean isDesignation(String word, String next) {
        return next != null && MODEL_NUMBER.matcher(next).matches() && MODEL_LETTERS.matcher(word).matches();
    }
}
