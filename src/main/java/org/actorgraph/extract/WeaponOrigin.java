package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorKind;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.link.RelativeAntecedent;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * The state a weapon system comes from, which stands in for a supplier the clause does not write: its maker's, or, for
 * a weapon several states build together (gazetteer joint-programmes.tsv), the partner the text names nearest to it:
 * in its sentence, else the last one named before it in the document (« Fincantieri a livré au Caire deux frégates
 * FREMM ; l'Indonésie en a ensuite commandé six »: Italy, not France; « L'Italie, exportateur … La cession à l'Égypte de
 * deux frégates FREMM »: Italy, however many sentences between). When no partner
 * is named, the maker's state. A maker the sentence writes beside the weapon comes first (« le patrouilleur Barracuda,
 * construit par le chantier GRSE de Calcutta »: India, whatever other Barracuda the gazetteer knows).
 */
final class WeaponOrigin {
    private static final Set<String> MANUFACTURE_VERBS = FrenchWords.list("manufacture-verb");
    /** « construits en France », « au Royaume-Uni »: where materiel was built. */
    private static final Set<String> BUILT_IN = Set.of("en", "à", "au", "aux");
    private final Gazetteer gazetteer;

    WeaponOrigin(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Actor of(LinkedSentence s, Actor weapon) {
        Actor written = makerWritten(s, weapon);
        if (written != null) {
            return written;
        }
        List<Actor> partners = gazetteer.partnersOf(weapon);
        if (partners.isEmpty()) {
            return gazetteer.originOf(weapon);
        }
        int at = s.mentions().stream().filter(m -> m.actor().equals(weapon)).mapToInt(Mention::begin).findFirst().orElse(-1);
        Actor nearest = null;
        int best = Integer.MAX_VALUE;
        for (Mention m : s.mentions()) {
            Actor partner = partnerNamed(m, partners);
            int distance = at < 0 ? 0 : Math.abs(m.begin() - at);
            if (partner != null && distance < best) {
                nearest = partner;
                best = distance;
            }
        }
        LinkedSentence before = s.previous();
        for (; nearest == null && before != null; before = before.previous()) {
            for (Mention m : before.mentions()) {
                Actor partner = partnerNamed(m, partners);
                nearest = partner != null ? partner : nearest;
            }
        }
        return nearest != null ? nearest : gazetteer.originOf(weapon);
    }

    /** The partner a mention names: the state itself, its capital or demonym, or one of its companies. */
    private Actor partnerNamed(Mention m, List<Actor> partners) {
        Actor answering = m.actor().isWeapon() ? null : gazetteer.accountable(m.actor());
        return answering != null && partners.contains(answering) ? answering : null;
    }

    /** The state of the maker in « construit par X » on the weapon's name or on the noun it names, or null. */
    private Actor makerWritten(LinkedSentence s, Actor weapon) {
        SemanticGraph g = s.parsed().graph();
        if (g == null) {
            return null;
        }
        for (Mention m : s.mentions()) {
            IndexedWord name = m.actor().equals(weapon) ? g.getNodeByIndexSafe(s.firstTokenOf(m)) : null;
            if (name == null) {
                continue;
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, name);
            IndexedWord noun = in != null && in.getRelation().toString().matches("appos|flat.*|compound") ? in.getGovernor() : name;
            for (IndexedWord holder : List.of(name, noun)) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(holder)) {
                    if (e.getRelation().toString().equals("acl") && MANUFACTURE_VERBS.contains(Morph.lemma(e.getDependent()))) {
                        Actor maker = agentState(s, g, e.getDependent());
                        if (maker != null) {
                            return maker;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * The state materiel named by a common noun says it was built in or by: « deux patrouilleurs, construits en France
     * par le chantier Piriou », « des vedettes construites par Damen »; null when it says none.
     */
    Actor builtBy(LinkedSentence s, List<IndexedWord> themes) {
        SemanticGraph g = s.parsed().graph();
        for (IndexedWord theme : g == null ? List.<IndexedWord>of() : themes) {
            Actor namedMaker = makerNamedOn(s, g, theme);
            if (namedMaker != null) {
                return namedMaker;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeList(theme)) {
                IndexedWord participle = e.getDependent();
                if (!e.getRelation().toString().equals("acl") || !MANUFACTURE_VERBS.contains(Morph.lemma(participle))) {
                    continue;
                }
                Actor maker = agentState(s, g, participle);
                if (maker != null) {
                    return maker;
                }
                for (SemanticGraphEdge place : g.outgoingEdgeList(participle)) {
                    Mention m = s.mentionAt(place.getDependent());
                    if (place.getRelation().toString().startsWith("obl") && m != null && m.actor().kind() == ActorKind.State
                            && BUILT_IN.contains(String.valueOf(Syntax.caseWord(g, place.getDependent())))) {
                        return m.actor();
                    }
                }
            }
            Actor builder = builderOf(s, g, theme);
            if (builder != null) {
                return builder;
            }
        }
        return null;
    }

    /**
     * « C'est Fincantieri qui a construit le P61, patrouilleur hauturier livré à La Valette »: the state of the subject
     * of the manufacture verb whose object the materiel is (or the name it is apposed to), or null.
     */
    private Actor builderOf(LinkedSentence s, SemanticGraph g, IndexedWord theme) {
        SemanticGraphEdge in = Syntax.parentEdge(g, theme);
        IndexedWord object = in != null && in.getRelation().toString().equals("appos") ? in.getGovernor() : theme;
        SemanticGraphEdge objectIn = Syntax.parentEdge(g, object);
        if (objectIn == null || !objectIn.getRelation().toString().equals("obj") || !MANUFACTURE_VERBS.contains(Morph.lemma(objectIn.getGovernor()))) {
            return null;
        }
        IndexedWord subject = Syntax.child(g, objectIn.getGovernor(), "nsubj");
        if (subject != null && Syntax.isRelativePronoun(subject)) {
            subject = RelativeAntecedent.of(g, subject);
        }
        // (« c'est le chantier Fincantieri qui … »: the name in apposition to the noun)
        return subject == null ? null : stateNamedAt(s, g, subject);
    }

    /** « des blindés Norinco »: the state of a company named right after a common noun of materiel, or null. */
    private Actor makerNamedOn(LinkedSentence s, SemanticGraph g, IndexedWord theme) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(theme)) {
            IndexedWord name = e.getDependent();
            Mention named = s.mentionAt(name);
            if (name.index() == theme.index() + 1 && e.getRelation().toString().matches("appos|flat.*|nmod|compound")
                    && Syntax.child(g, name, "case") == null && named != null && named.actor().kind() == ActorKind.Company) {
                return gazetteer.accountable(named.actor());
            }
        }
        return null;
    }

    /** The state of a participle's « par » agent, named or in apposition (« par le chantier GRSE »), or null. */
    private Actor agentState(LinkedSentence s, SemanticGraph g, IndexedWord participle) {
        IndexedWord agent = Syntax.child(g, participle, "obl:agent");
        return agent == null ? null : stateNamedAt(s, g, agent);
    }

    /**
     * The state of the actor a phrase names, or its apposition names (« par le chantier GRSE »), or its demonym
     * (« par l'industrie israélienne »), weapons aside; or null.
     */
    private Actor stateNamedAt(LinkedSentence s, SemanticGraph g, IndexedWord phrase) {
        List<IndexedWord> phrases = new ArrayList<>(List.of(phrase));
        for (SemanticGraphEdge e : g.outgoingEdgeList(phrase)) {
            if (e.getRelation().toString().equals("appos")
                    || e.getRelation().toString().equals("amod") && Materiel.isDemonym(s, e.getDependent())) {
                phrases.add(e.getDependent());
            }
        }
        for (IndexedWord n : phrases) {
            Mention named = s.mentionAt(n);
            Actor state = named == null || named.actor().isWeapon() ? null : gazetteer.accountable(named.actor());
            if (state != null) {
                return state;
            }
        }
        return null;
    }
}
