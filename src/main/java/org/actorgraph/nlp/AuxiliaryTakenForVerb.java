package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Predicate;

/**
 * « le gouvernement polonais avait en outre reproché à l'Allemagne … »: with an adverbial phrase between them, the
 * parser reads a finite « avoir » as the verb and the past participle after it as a clause on it. A finite « avoir »
 * tagged as a verb, with no object, whose participle child follows it with only adverbs and prepositions between,
 * is that participle's auxiliary: the participle takes its place and its dependents. So is a finite « être » with a
 * reflexive clitic before it (« Asmara s'était en outre procuré des chasseurs »).
 */
final class AuxiliaryTakenForVerb {
    private static final Set<String> FINITE_AVOIR = FrenchWords.list("finite-avoir");
    private static final Set<String> FINITE_ETRE = FrenchWords.list("finite-etre");
    private static final Set<String> REFLEXIVE = FrenchWords.list("reflexive");
    private static final Set<String> CLAUSE_ON_AUXILIARY = Set.of("acl", "xcomp", "ccomp", "conj", "advcl");
    private static final Set<String> BETWEEN_TAGS = Set.of("ADV", "ADP");

    private AuxiliaryTakenForVerb() {}

    static void apply(SemanticGraph g) {
        for (IndexedWord auxiliary : new ArrayList<>(g.vertexListSorted())) {
            boolean reflexiveEtre = FINITE_ETRE.contains(Syntax.lower(auxiliary)) && g.getChildren(auxiliary).stream()
                    .anyMatch(c -> c.index() < auxiliary.index() && REFLEXIVE.contains(Syntax.lower(c)));
            if (!"VERB".equals(auxiliary.tag()) || !FINITE_AVOIR.contains(Syntax.lower(auxiliary)) && !reflexiveEtre
                    || Syntax.child(g, auxiliary, "obj") != null) {
                continue;
            }
            SemanticGraphEdge toParticiple = g.outgoingEdgeList(auxiliary).stream()
                    .filter(e -> CLAUSE_ON_AUXILIARY.contains(e.getRelation().toString()) && "VERB".equals(e.getDependent().tag())
                            && Morph.of(e.getDependent()).pastParticiple() && e.getDependent().index() > auxiliary.index() + 1
                            && onlyAdverbsBetween(g, auxiliary, e.getDependent()))
                    .findFirst().orElse(null);
            if (toParticiple == null) {
                continue;
            }
            ParseRepairs.promote(g, auxiliary, toParticiple, "aux", true);
        }
    }

    /**
     * « Les États-Unis ont été pendant des décennies le principal fournisseur de l'Uruguay »: with a phrase between « été »
     * and the attribute, the parser hangs the finite « avoir » on the subject as its modifier, « été » on « avoir », and
     * the attribute (a noun with an article and no preposition after « été », below it) on the phrase. The attribute
     * heads the clause, with the name for subject, « avoir » and « été » for auxiliary and copula, and what hung on
     * them.
     */
    static void copulaOnSubject(SemanticGraph g) {
        for (IndexedWord avoir : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge onSubject = Syntax.parentEdge(g, avoir);
            if (!"AUX".equals(avoir.tag()) || !FINITE_AVOIR.contains(Syntax.lower(avoir)) || onSubject == null
                    || !onSubject.getRelation().toString().equals("acl") || onSubject.getGovernor().index() > avoir.index()
                    || !Syntax.isNoun(onSubject.getGovernor())) {
                continue;
            }
            SemanticGraphEdge toEte = g.outgoingEdgeList(avoir).stream()
                    .filter(e -> "été".equals(Syntax.lower(e.getDependent())) && e.getDependent().index() > avoir.index()
                            && onlyAdverbsBetween(g, avoir, e.getDependent()))
                    .findFirst().orElse(null);
            IndexedWord ete = toEte == null ? null : toEte.getDependent();
            IndexedWord attribute = ete == null ? null : g.descendants(ete).stream()
                    .filter(w -> w.index() > ete.index() && Syntax.isNoun(w) && Syntax.child(g, w, "det") != null
                            && Syntax.child(g, w, "case") == null)
                    .min(Comparator.comparingInt(IndexedWord::index)).orElse(null);
            if (attribute == null || Syntax.parentEdge(g, attribute).getGovernor().equals(ete)) {
                continue;
            }
            IndexedWord subject = onSubject.getGovernor();
            g.removeEdge(Syntax.parentEdge(g, attribute));
            g.removeEdge(onSubject);
            g.removeEdge(toEte);
            ParseRepairs.takePlace(g, subject, attribute, null);
            for (IndexedWord head : new IndexedWord[] {avoir, ete}) {
                for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(head))) {
                    ParseRepairs.move(g, e, attribute, e.getRelation().toString());
                }
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(subject))) {
                if (e.getDependent().index() > attribute.index()) {
                    ParseRepairs.move(g, e, attribute, e.getRelation().toString());
                }
            }
            g.addEdge(attribute, subject, VerbTakenForNoun.relation(onSubject, "nsubj"), onSubject.getWeight(), false);
            g.addEdge(attribute, avoir, VerbTakenForNoun.relation(onSubject, "aux"), onSubject.getWeight(), false);
            g.addEdge(attribute, ete, VerbTakenForNoun.relation(onSubject, "cop"), onSubject.getWeight(), false);
        }
    }

    /**
     * « La cession …, réclamée par des députés, n'a en revanche jamais été décidée »: with an adverbial phrase after it,
     * the parser may instead hang the finite « avoir » on the participle after it, as its subject. It is the participle's
     * auxiliary, and what hung on it (the subject, the negation, the adverbial phrase) is the participle's: the subject a
     * passive one after « été ».
     */
    static void auxiliaryUnderParticiple(SemanticGraph g) {
        for (IndexedWord auxiliary : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge in = Syntax.parentEdge(g, auxiliary);
            if (!"VERB".equals(auxiliary.tag()) || !FINITE_AVOIR.contains(Syntax.lower(auxiliary)) || in == null
                    || !in.getRelation().toString().startsWith("nsubj")) {
                continue;
            }
            IndexedWord participle = in.getGovernor();
            if (!"VERB".equals(participle.tag()) || !Morph.of(participle).pastParticiple() || participle.index() < auxiliary.index()
                    || !adverbialsBetween(g, auxiliary, participle)) {
                continue;
            }
            boolean passive = Syntax.child(g, participle, "aux:pass") != null;
            g.removeEdge(in);
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(auxiliary))) {
                String rel = e.getRelation().toString();
                ParseRepairs.move(g, e, participle, rel.startsWith("nsubj") ? (passive ? "nsubj:pass" : "nsubj") : rel);
            }
            g.addEdge(participle, auxiliary, VerbTakenForNoun.relation(in, "aux"), in.getWeight(), false);
        }
    }

    /** Adverbs, prepositions, « été », and the bare noun of an adverbial phrase (« en revanche »). */
    private static boolean adverbialsBetween(SemanticGraph g, IndexedWord from, IndexedWord to) {
        return onlyBetween(g, from, to, w -> "NOUN".equals(w.tag()) && Syntax.child(g, w, "det") == null
                && Syntax.child(g, w, "case") != null || "été".equals(Syntax.lower(w)));
    }

    /** Adverbs and prepositions, and the article of an adverb, part of it (« a le plus souvent équipé »). */
    private static boolean onlyAdverbsBetween(SemanticGraph g, IndexedWord from, IndexedWord to) {
        return onlyBetween(g, from, to, w -> "DET".equals(w.tag()) && g.getParent(w) != null && "ADV".equals(g.getParent(w).tag()));
    }

    /** Whether every word between the two is an adverb or a preposition, or one that {@code alsoAllowed} accepts. */
    private static boolean onlyBetween(SemanticGraph g, IndexedWord from, IndexedWord to, Predicate<IndexedWord> alsoAllowed) {
        for (int i = from.index() + 1; i < to.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null || !BETWEEN_TAGS.contains(w.tag()) && !alsoAllowed.test(w)) {
                return false;
            }
        }
        return true;
    }
}
