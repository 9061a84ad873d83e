package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs a few attachments that CoreNLP's French parser gets wrong in a systematic way, so that the
 * rules can be written against UD as it should be:
 * <ul>
 * <li>a subject hung on the auxiliary ("nsubj(a, Italie)") moves to the verb;</li>
 * <li>a passive subject of a verb with "avoir" and no passive auxiliary ("Moscou a livré") is an active subject;</li>
 * <li>a perfect infinitive hung on a noun ("a confirmé jeudi avoir livré") is a complement of the noun's verb;</li>
 * <li>a counted object after an "à" complement ("a livré à l'Ukraine dix-huit obusiers"), which the parser hangs
 * on the complement as a numeral and an apposition, is the verb's object;</li>
 * <li>a sentence whose root the parser took to be its subject noun, with the finite verb hung on it as a clause
 * ("Le Premier ministre arménien, Nikol Pachinian, reproche à la Russie de ..."), gets the verb as root.</li>
 * </ul>
 */
public final class ParseRepairs {
    private static final Set<String> AVOIR = Set.of("a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "avais",
            "aura", "auront", "aurait", "auraient", "eu", "ayant", "avoir");
    private static final Set<String> INFINITIVE_AUX = Set.of("avoir", "être");
    private static final Set<String> DATIVE = Set.of("à", "au", "aux");
    /** Third-person present forms of -er verbs ("reproche", "accusent"), not feminine participles ("livrée"). */
    private static final Pattern PRESENT_TENSE = Pattern.compile(".*[^é](e|ent)");

    private ParseRepairs() {}

    public static void apply(SemanticGraph g) {
        verbForNounRoot(g);
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
                    && Syntax.hasCaseOrMark(g, dep, DATIVE)) {
                countedObjectOfDative(g, gov, dep);
            } else if (rel.equals("acl") && hasInfinitiveAux(g, dep) && Syntax.isNoun(gov)) {
                SemanticGraphEdge up = Syntax.parentEdge(g, gov);
                if (up != null && "VERB".equals(up.getGovernor().tag())) {
                    move(g, e, up.getGovernor(), "xcomp");
                }
            }
        }
    }

    /** Root NOUN with acl(NOUN, V) where V is a present-tense form and has no subject: V becomes root, NOUN its subject. */
    private static void verbForNounRoot(SemanticGraph g) {
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord root = g.getFirstRoot();
        if (!Syntax.isNoun(root)) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(root)) {
            IndexedWord verb = e.getDependent();
            if (e.getRelation().toString().equals("acl") && "VERB".equals(verb.tag()) && verb.index() > root.index()
                    && PRESENT_TENSE.matcher(Syntax.lower(verb)).matches() && Syntax.child(g, verb, "nsubj") == null
                    && Syntax.child(g, verb, "aux") == null) {
                g.removeEdge(e);
                g.setRoot(verb);
                g.addEdge(verb, root, GrammaticalRelation.valueOf(e.getRelation().getLanguage(), "nsubj"), e.getWeight(),
                        false);
                return;
            }
        }
    }

    /** "V à X NUM Y": nummod(X, NUM) and appos(X, Y) become obj(V, Y) and nummod(Y, NUM). */
    private static void countedObjectOfDative(SemanticGraph g, IndexedWord verb, IndexedWord dative) {
        SemanticGraphEdge number = Syntax.childEdge(g, dative, "nummod");
        SemanticGraphEdge object = Syntax.childEdge(g, dative, "appos");
        if (number == null || object == null || number.getDependent().index() < dative.index()
                || object.getDependent().index() < number.getDependent().index()) {
            return;
        }
        move(g, object, verb, "obj");
        move(g, number, object.getDependent(), "nummod");
    }

    private static void move(SemanticGraph g, SemanticGraphEdge e, IndexedWord newGov, String rel) {
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
