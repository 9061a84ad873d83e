package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.nlp.Syntax;

/**
 * Finds the actor that a node of the dependency graph stands for: a name of the gazetteer, or an
 * organ of a state ("le ministère arménien des Affaires étrangères", "le porte-parole du Kremlin",
 * "l'ambassadeur de Russie en Allemagne"), following coordination ("l'Arménie et la France").
 */
public final class ActorResolver {
    private static final int MAX_DEPTH = 3;
    private static final Set<String> OWNER_CASES = Set.of("de", "d'", "d’", "du", "des");

    private static final Set<String> TRANSPARENT_NOUNS = Set.of("l'", "l’", "armes", "armement", "armements");

    private final Gazetteer gazetteer;

    public ActorResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A node resolved to an actor: the mention that names it and the token it was found at. */
    public record Resolved(Actor actor, Mention mention, IndexedWord node) {}

    /** The actors a node stands for, with those of its conjuncts; weapon systems excluded. */
    public List<Resolved> resolveWithConjuncts(LinkedSentence s, IndexedWord node) {
        Map<String, Resolved> out = new LinkedHashMap<>();
        addAll(out, resolve(s, node, 0));
        SemanticGraph g = s.parsed().graph();
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            if (e.getRelation().toString().equals("conj")) {
                addAll(out, resolve(s, e.getDependent(), 0));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void addAll(Map<String, Resolved> out, List<Resolved> rs) {
        for (Resolved r : rs) {
            out.putIfAbsent(r.actor().qid(), r);
        }
    }

    /** The actors a node stands for; several when a demonym is coordinated ("armées indienne et algérienne"). */
    public List<Resolved> resolve(LinkedSentence s, IndexedWord node, int depth) {
        Mention m = s.mentionAt(node);
        if (m != null && !m.actor().isWeapon()) {
            List<Resolved> out = new ArrayList<>();
            out.add(new Resolved(m.actor(), m, node));
            if (m.form() == NameForm.demonym) {
                for (SemanticGraphEdge e : s.parsed().graph().outgoingEdgeList(node)) {
                    Mention c = e.getRelation().toString().equals("conj") ? s.mentionAt(e.getDependent()) : null;
                    if (c != null && c.form() == NameForm.demonym) {
                        out.add(new Resolved(c.actor(), c, e.getDependent()));
                    }
                }
            }
            return out;
        }
        if (depth >= MAX_DEPTH) {
            return List.of();
        }
        SemanticGraph g = s.parsed().graph();
        String word = node.word().toLowerCase(Locale.ROOT);
        if (Syntax.isRelativePronoun(node)) {
            IndexedWord antecedent = antecedentOf(g, node);
            return antecedent == null ? List.of() : resolve(s, antecedent, depth + 1);
        }
        // The parser sometimes heads a name by its elided article: "et l'Arménie" as conj(l') + flat:name(Arménie).
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("flat:name") || rel.equals("flat") || rel.equals("compound")) {
                Mention part = s.mentionAt(e.getDependent());
                if (part != null && !part.actor().isWeapon()) {
                    return List.of(new Resolved(part.actor(), part, e.getDependent()));
                }
            }
        }
        if (s.discourse() != null) {
            List<Actor> antecedents = s.discourse().antecedents(s, node, subjectStates(s, node));
            if (!antecedents.isEmpty()) {
                return antecedents.stream().map(a -> new Resolved(a, null, node)).toList();
            }
        }
        if (s.discourse() != null && Syntax.isSubjectPronoun(node)) {
            Actor subject = s.discourse().lastSubject(s, node);
            return subject == null ? List.of() : List.of(new Resolved(subject, null, node));
        }
        // An elided article the parser made a head ("de l'armée turque" as nmod(l') > amod(armée), amod(turque))
        // is looked through like an organ noun.
        // So is a generic arms noun whose owner the parser hung under it: "fournisseur d'armes de l'Algérie".
        boolean transparent = TRANSPARENT_NOUNS.contains(word);
        if (!transparent && !gazetteer.isAgentNoun(word) && !gazetteer.isAgentNoun(node.word())) {
            return List.of();
        }
        // An organ of a state: its name in apposition first, then its owner ("de la Russie", "russe").
        // The members of an armed group stand for the group only ("les miliciens du Hezbollah"; "les rebelles
        // syriens" are not Syria).
        boolean memberNoun = gazetteer.isGroupMemberNoun(word);
        for (String rel : List.of("appos", "flat:name", "flat", "nmod", "amod")) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                if (!e.getRelation().toString().equals(rel)) {
                    continue;
                }
                IndexedWord child = e.getDependent();
                String caseWord = Syntax.caseWord(g, child);
                if (rel.equals("nmod") && caseWord != null && !OWNER_CASES.contains(caseWord)) {
                    continue;
                }
                List<Resolved> r = resolve(s, child, depth + 1);
                if (memberNoun) {
                    r = r.stream().filter(x -> isArmedGroup(x.actor())).toList();
                }
                if (!r.isEmpty()) {
                    return r;
                }
            }
        }
        return List.of();
    }

    private boolean isArmedGroup(Actor a) {
        Actor answering = gazetteer.accountable(a);
        return answering != null && answering.kind() == ActorKind.ArmedGroup;
    }

    /** The states the sentence's subject names, which an anaphor elsewhere in the sentence does not refer to. */
    private Set<Actor> subjectStates(LinkedSentence s, IndexedWord anaphor) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord root = g.getFirstRoot();
        Set<Actor> out = new HashSet<>();
        for (SemanticGraphEdge e : root == null ? List.<SemanticGraphEdge>of() : g.outgoingEdgeList(root)) {
            if (e.getRelation().toString().startsWith("nsubj") && !e.getDependent().equals(anaphor)) {
                for (IndexedWord w : g.descendants(e.getDependent())) {
                    Mention m = s.mentionAt(w);
                    if (m != null && gazetteer.accountable(m.actor()) != null) {
                        out.add(gazetteer.accountable(m.actor()));
                    }
                }
            }
        }
        return out;
    }

    /** For a relative pronoun, the noun its clause modifies. */
    public static IndexedWord antecedentOf(SemanticGraph g, IndexedWord pronoun) {
        IndexedWord n = pronoun;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, n);
            if (in == null) {
                return null;
            }
            if (in.getRelation().toString().startsWith("acl")) {
                return in.getGovernor();
            }
            n = in.getGovernor();
        }
        return null;
    }
}
