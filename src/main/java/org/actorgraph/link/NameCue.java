package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * What the text says of a name the gazetteer does not list, from the noun it is in apposition to (name-cues.tsv):
 * its kind (« la société X » a company, « le ministre X » a person, « l'agence X » a government body, « le groupe
 * armé X » an armed group) and its home, the one state that noun names (« tchèque », « de la Défense du Nigeria »).
 */
final class NameCue {
    /** Relations from a noun to a name in apposition to it: « la société tchèque Excalibur Army », « le président Bola Tinubu ». */
    private static final Set<String> APPOSED = Set.of("appos", "flat:name", "flat", "compound", "nmod", "dep");
    private static final Set<String> OWNER_CASES = FrenchWords.list("owner-case");

    /** The kind the cue gives (null without a cue) and the home it names (null when it names none, or several). */
    record Reading(ActorKind kind, Actor home) {}

    private final Gazetteer gazetteer;

    NameCue(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** What the noun the name at {@code name} is in apposition to says of it; {@code listed} are the gazetteer's mentions by token. */
    Reading read(SemanticGraph g, IndexedWord name, Mention[] listed) {
        IndexedWord cue = cueOf(g, name);
        if (cue == null) {
            return new Reading(null, null);
        }
        ActorKind kind = kindOf(cue);
        for (SemanticGraphEdge e : g.outgoingEdgeList(cue)) {
            // « le groupe armé X », « le groupe jihadiste X »: the adjective says what the noun is.
            ActorKind said = e.getRelation().toString().equals("amod") ? kindOf(e.getDependent()) : null;
            if (said == ActorKind.ArmedGroup) {
                kind = said;
            }
        }
        Set<Actor> homes = new LinkedHashSet<>();
        owners(g, cue, listed, 0, homes);
        return new Reading(kind, homes.size() == 1 ? homes.iterator().next() : null);
    }

    private ActorKind kindOf(IndexedWord w) {
        ActorKind k = gazetteer.cueKind(w.word());
        return k != null ? k : gazetteer.cueKind(Morph.lemma(w));
    }

    private boolean isCue(IndexedWord w) {
        return "NOUN".equals(w.tag()) && kindOf(w) != null;
    }

    /**
     * The cue noun: the name's governor (« la société tchèque X »), up through the complements of a title
     * (« le ministre nigérian de la Défense, X »), or a noun in apposition after the name (« X, ministre nigérian »).
     */
    private IndexedWord cueOf(SemanticGraph g, IndexedWord name) {
        SemanticGraphEdge in = Syntax.parentEdge(g, name);
        if (in != null && APPOSED.contains(in.getRelation().toString())
                && (!in.getRelation().toString().equals("nmod") || Syntax.caseWord(g, name) == null)) {
            IndexedWord gov = in.getGovernor();
            for (int up = 0; up < 3 && gov != null; up++) {
                if (isCue(gov)) {
                    return gov;
                }
                SemanticGraphEdge next = in.getRelation().toString().equals("appos") ? Syntax.parentEdge(g, gov) : null;
                gov = next != null && next.getRelation().toString().equals("nmod") ? next.getGovernor() : null;
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(name)) {
            if (e.getRelation().toString().equals("appos") && isCue(e.getDependent())) {
                return e.getDependent();
            }
        }
        return null;
    }

    /**
     * The states (or international organisations) a noun names as its owner: a demonym on it (« tchèque ») or on a
     * complement of it, a complement that names one (« de la Défense du Nigeria », « de Thales » for France).
     */
    private void owners(SemanticGraph g, IndexedWord n, Mention[] listed, int depth, Set<Actor> out) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            List<IndexedWord> nodes = new ArrayList<>(List.of(d));
            nodes.addAll(ActorResolver.conjuncts(g, d));
            if (rel.equals("amod") || rel.equals("acl")) {
                for (IndexedWord x : nodes) {
                    Mention m = mentionAt(listed, x);
                    if (m != null && m.form() == NameForm.demonym) {
                        add(gazetteer.accountable(m.actor()), out);
                    }
                }
            } else if (rel.equals("nmod") && (Syntax.caseWord(g, d) == null || OWNER_CASES.contains(Syntax.caseWord(g, d)))) {
                for (IndexedWord x : nodes) {
                    Mention m = mentionAt(listed, x);
                    if (m != null && !m.actor().isWeapon() && m.form() != NameForm.demonym) {
                        add(gazetteer.accountable(m.actor()), out);
                    } else if (m == null && depth < 1) {
                        owners(g, x, listed, depth + 1, out);
                    }
                }
            }
        }
    }

    private static void add(Actor a, Set<Actor> out) {
        if (a != null && (a.kind() == ActorKind.State || a.kind() == ActorKind.InternationalOrganisation)) {
            out.add(a);
        }
    }

    private static Mention mentionAt(Mention[] byToken, IndexedWord w) {
        return w.index() > 0 && w.index() < byToken.length ? byToken[w.index()] : null;
    }
}
