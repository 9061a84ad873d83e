package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Set;

/**
 * « le rôle de Washington, alors principal fournisseur d'armes de l'armée indonésienne, qui livra … »: the parser hangs
 * an apposition that names a supplier on the noun the name right before the comma complements, or higher up. A
 * supplier is what the name is (a state, a company), not « le rôle »: the apposition, and what hangs on it, goes to the
 * name.
 */
final class AppositionOnNearestName {
    private static final Set<String> SUPPLIER_NOUNS = FrenchWords.list("supplier-noun");
    private static final Set<String> OPENING_QUOTES = Set.of("«", "\"", "“");
    private static final Set<String> SEPARATORS = Set.of(",", "--", "–", "—");
    private static final Set<String> COPULAR_VERBS = FrenchWords.list("copular-verb");

    private AppositionOnNearestName() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord host = e.getGovernor();
            IndexedWord apposed = e.getDependent();
            if (!e.getRelation().toString().equals("appos") || !Syntax.isNoun(apposed) || !SUPPLIER_NOUNS.contains(Morph.lemma(apposed))
                    || SUPPLIER_NOUNS.contains(Morph.lemma(host))) {
                continue;
            }
            // (a dash opening the apposition may hang on it)
            int start = Syntax.yieldStart(g, apposed);
            IndexedWord opening = g.getNodeByIndexSafe(start);
            IndexedWord last = nameBeforeComma(g, opening != null && SEPARATORS.contains(opening.word()) ? opening
                    : g.getNodeByIndexSafe(start - 1));
            SemanticGraphEdge nameIn = last == null ? null : Syntax.parentEdge(g, last);
            // (the parser may hang the apposition on the verb above: « rappelle le rôle de Paris, alors principal fournisseur »)
            // (or on the antecedent of a relative clause the name ends: « L'armée, qui dépendait de la France, son
            // fournisseur traditionnel »)
            if (nameIn != null && ParseRepairs.isBelow(g, last, host)
                    && (nameIn.getRelation().toString().equals("nmod") && "de".equals(Syntax.caseWord(g, last))
                            || nameIn.getRelation().toString().startsWith("obl") && inRelativeOn(g, nameIn.getGovernor(), host))) {
                ParseRepairs.move(g, e, last, "appos");
            }
        }
    }

    /**
     * « une dépendance marquée envers la Chine, devenue le principal fournisseur de son armée de l'air »: a participle
     * of « devenir », « rester » … set off by a comma, whose attribute names a supplier, says what the name right
     * before the comma became, not the noun higher up that the parser hung it on, when it agrees with the name.
     */
    static void copularParticipleOnName(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord host = e.getGovernor();
            IndexedWord participle = e.getDependent();
            if (!e.getRelation().toString().equals("acl") || !Morph.of(participle).pastParticiple()
                    || !COPULAR_VERBS.contains(Morph.lemma(participle))) {
                continue;
            }
            IndexedWord complement = Syntax.child(g, participle, "xcomp");
            // (the parser may take the attribute for an object)
            IndexedWord attribute = complement != null ? complement : Syntax.child(g, participle, "obj");
            if (attribute == null || !Syntax.isNoun(attribute) || !SUPPLIER_NOUNS.contains(Morph.lemma(attribute))) {
                continue;
            }
            IndexedWord name = nameBeforeComma(g, Syntax.beforeOwnAdverbs(g, participle));
            if (name != null && !name.equals(host) && ParseRepairs.isBelow(g, name, host) && Syntax.agrees(name, participle)) {
                ParseRepairs.move(g, e, name, "acl");
            }
        }
    }

    /** Whether a verb is that of a relative clause on the host (or of a clause coordinated with one). */
    private static boolean inRelativeOn(SemanticGraph g, IndexedWord verb, IndexedWord host) {
        SemanticGraphEdge in = Syntax.parentEdge(g, verb);
        while (in != null && in.getRelation().toString().equals("conj")) {
            in = Syntax.parentEdge(g, in.getGovernor());
        }
        return in != null && in.getRelation().toString().equals("acl:relcl") && in.getGovernor().equals(host);
    }

    /**
     * « équipé ses escadrilles auprès de Washington, son fournisseur attitré depuis l'après-guerre »: the parser
     * coordinates the supplier noun after the comma with the object, or makes it an object of the verb (« reste
     * attachée aux États-Unis, son fournisseur d'armes traditionnel », « rend hommage à la coopération avec Pékin,
     * « notre fournisseur de longue date » », « revient sur l'amitié nouée au temps de l'Union soviétique, fournisseur
     * historique des forces angolaises »); without a conjunction it is an apposition to the name right before the comma.
     */
    static void conjunctTakenForApposition(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord apposed = e.getDependent();
            String rel = e.getRelation().toString();
            if (!rel.equals("conj") && !rel.equals("obj") || !Syntax.isNoun(apposed) || !SUPPLIER_NOUNS.contains(Morph.lemma(apposed))
                    || Syntax.child(g, apposed, "cc") != null || Syntax.child(g, apposed, "det") == null && !rel.equals("obj")) {
                continue;
            }
            // (the comma may hang on the noun itself, and an opening quote stand after it)
            IndexedWord first = g.getNodeByIndexSafe(Syntax.yieldStart(g, apposed));
            if (first.index() < apposed.index() && OPENING_QUOTES.contains(first.word())) {
                first = g.getNodeByIndexSafe(first.index() - 1);
            }
            IndexedWord last = nameBeforeComma(g, ",".equals(first.word()) ? first : g.getNodeByIndexSafe(first.index() - 1));
            SemanticGraphEdge nameIn = last == null ? null : Syntax.parentEdge(g, last);
            // an object only when the name stands in the verb's own phrases, not as its subject
            boolean inVerbPhrase = rel.equals("conj") || nameIn != null && ParseRepairs.isBelow(g, last, e.getGovernor())
                    && !nameIn.getRelation().toString().startsWith("nsubj");
            if (nameIn != null && !last.equals(e.getGovernor()) && inVerbPhrase
                    && !nameIn.getRelation().toString().equals("conj")) {
                ParseRepairs.move(g, e, last, "appos");
            }
        }
    }

    /**
     * « poursuit un réarmement largement tourné vers son fournisseur traditionnel, la Russie »: the other way round, a
     * name after a comma that the parser hangs higher up (as an apposition, or a conjunct with no conjunction), when a
     * supplier noun ends the phrase before the comma, is that supplier noun's apposition: it says who the supplier is.
     */
    static void nameAfterSupplierNoun(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord host = e.getGovernor();
            IndexedWord name = e.getDependent();
            // (the comma may hang on the name itself)
            int start = Syntax.yieldStart(g, name);
            IndexedWord comma = commaAt(g, start) ? g.getNodeByIndexSafe(start) : g.getNodeByIndexSafe(start - 1);
            // (or makes it a conjunct, without a conjunction)
            boolean apposed = e.getRelation().toString().equals("appos")
                    || e.getRelation().toString().equals("conj") && Syntax.child(g, name, "cc") == null;
            if (!apposed || !"PROPN".equals(name.tag()) || SUPPLIER_NOUNS.contains(Morph.lemma(host))
                    || comma == null || !",".equals(comma.word())) {
                continue;
            }
            IndexedWord before = g.getNodeByIndexSafe(comma.index() - 1);
            SemanticGraphEdge in = before == null ? null : Syntax.parentEdge(g, before);
            while (in != null && in.getRelation().toString().equals("amod") && in.getGovernor().index() < before.index()) {
                before = in.getGovernor();
                in = Syntax.parentEdge(g, before);
            }
            if (before != null && !before.equals(host) && Syntax.isNoun(before) && SUPPLIER_NOUNS.contains(Morph.lemma(before))
                    && ParseRepairs.isBelow(g, before, host)) {
                ParseRepairs.move(g, e, before, "appos");
            }
        }
    }

    private static boolean commaAt(SemanticGraph g, int index) {
        IndexedWord w = g.getNodeByIndexSafe(index);
        return w != null && ",".equals(w.word());
    }

    /**
     * The name that ends right before a comma (an adverb may stand after the comma: « par le Royaume-Uni, longtemps
     * l'armurier attitré du royaume »), or null: a proper noun, or a capitalised common noun with its adjective
     * (« l'Union soviétique, son armurier de toujours »).
     */
    private static IndexedWord nameBeforeComma(SemanticGraph g, IndexedWord comma) {
        while (comma != null && "ADV".equals(comma.tag())) {
            comma = g.getNodeByIndexSafe(comma.index() - 1);
        }
        // (or a dash: « avec l'appui des États-Unis – premier fournisseur d'armes du pays – »)
        if (comma == null || !SEPARATORS.contains(comma.word())) {
            return null;
        }
        IndexedWord last = g.getNodeByIndexSafe(comma.index() - 1);
        if (last == null) {
            return null;
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, last);
        while (in != null && (in.getRelation().toString().startsWith("flat")
                || in.getRelation().toString().equals("amod") && in.getGovernor().index() < last.index())) {
            last = in.getGovernor();
            in = Syntax.parentEdge(g, last);
        }
        boolean name = "PROPN".equals(last.tag()) || Syntax.isNoun(last) && Character.isUpperCase(last.word().charAt(0));
        return name ? last : null;
    }
}
