package org.actorgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorKind;
import org.actorgraph.link.ActorResolver;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedDocument;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.NameForm;
import org.actorgraph.nlp.FrenchWords;

/**
 * Stage "lift": each candidate becomes a relation event between the states or organisations that answer for
 * its actors (a ministry, a leader, a company for its state). A candidate whose two sides are the same state, one
 * of whose actors answers to none, or that arms an international organisation, is dropped (and said so in the
 * trace). One event per relation, pair of states and sentence: the most confident reading.
 */
public final class Lift {
    private static final Set<String> BREAKS = Set.of(":", ";");
    private static final Set<String> EXILE_WORDS = FrenchWords.list("exile-word");
    /** How a candidate whose supplier is its weapon's maker says so (extract/Extract). */
    static final String ORIGIN_AS_SUPPLIER = "(supplier: origin of the weapon)";
    private final Gazetteer gazetteer;

    public Lift(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public AnalyzedDocument apply(Extraction x) {
        Map<String, RelationEvent> events = new LinkedHashMap<>();
        Map<LinkedSentence, Integer> years = new HashMap<>();
        for (Candidate c : x.candidates()) {
            List<String> words = c.sentence().parsed().tokens().stream().map(CoreLabel::word).toList();
            Integer period = periodOfClause(c, words);
            Integer year = period != null ? period : Era.yearOfPart(words, c.trigger().index() - 1);
            boolean undated = year == null;
            if (year == null) {
                year = years.computeIfAbsent(c.sentence(), s -> Era.yearOf(x.document().document(), x.document().sentences(), s));
            }
            Actor fs = inItsTime(gazetteer.accountable(c.from().actor()), c.from(), year);
            Actor ts = inItsTime(gazetteer.accountable(c.to().actor()), c.to(), year);
            if (undated) {
                fs = beside(fs, c.from(), ts);
                ts = beside(ts, c.to(), fs);
            }
            Trace trace = x.traces().get(c.sentence().parsed().index());
            String id = c.frame().id();
            String word = c.trigger().word();
            String fromLabel = c.from().actor().label();
            String toLabel = c.to().actor().label();
            if (fs == null || ts == null) {
                trace.add(id, word, fromLabel, toLabel, "blocked: " + (fs == null ? fromLabel : toLabel) + " answers to no state");
                continue;
            }
            if (c.from().actor().kind() == ActorKind.Person && inExile(c)) {
                // « Depuis son exil, M. Lissouba accusa l'Angola »: a leader who has lost power speaks for no state
                trace.add(id, word, fromLabel, toLabel, "blocked: " + fromLabel + " speaks from exile, not for a state");
                continue;
            }
            if (c.relation() == Relation.ACCUSES && gazetteer.isNonAccuser(fs)) {
                trace.add(id, word, fromLabel, toLabel, "blocked: " + fs.label() + " charges, it does not accuse (non-accusers.tsv)");
                continue;
            }
            if (c.relation() != Relation.ACCUSES && ts.kind() == ActorKind.InternationalOrganisation) {
                // « l'adhésion suédoise à l'OTAN », « la résolution de l'ONU »: an alliance or the UN holds no arsenal
                trace.add(id, word, fromLabel, toLabel, "blocked: " + ts.label() + " is an international organisation, it receives no arms");
                continue;
            }
            if (c.relation() != Relation.ACCUSES && !gazetteer.maySupplyArms(fs)) {
                // « des blindés fournis par l'ONU pour la mission »: what an organisation lends its missions is no sale
                trace.add(id, word, fromLabel, toLabel, "blocked: " + fs.label() + " is an international organisation that sells no arms");
                continue;
            }
            if (sellerWrittenBeside(c, x.candidates(), fs, ts)) {
                trace.add(id, word, fromLabel, toLabel, "blocked: the sentence writes who sold the weapon, not its maker");
                continue;
            }
            if (year != null && c.how().contains(ORIGIN_AS_SUPPLIER) && gazetteer.endedBy(fs, year)) {
                // « la cession de vieux BTR-60 à Kiev » in 2023: who hands over a Soviet-made weapon then is not its maker
                trace.add(id, word, fromLabel, toLabel, "blocked: the weapon's maker, " + fs.label() + ", had ceased to be by " + year);
                continue;
            }
            if (gazetteer.sameLineage(fs, ts)) {
                trace.add(id, word, fromLabel, toLabel, "blocked: both sides are " + fs.label());
                continue;
            }
            RelationEvent e = new RelationEvent(c.relation(), c.from().actor(), c.to().actor(), fs, ts, c.weapons(),
                    c.status(), c.modality(), c.accordingTo(), c.sentence().parsed().index(), word, id, c.frame().confidence());
            events.merge(e.key(), e, Lift::firmer);
            trace.addEvent(id, word, fromLabel, toLabel, c.relation(), (e.isAsserted() ? "edge " : "event only, ") + c.relation().property()
                    + (c.status() != null ? " status=" + c.status() : "") + " modality=" + c.modality() + c.how()
                    + (c.accordingTo() != null ? " according to " + c.accordingTo().label() : ""));
        }
        LinkedDocument d = x.document();
        return new AnalyzedDocument(d.document(), d.sentences(), d.mentions(), new ArrayList<>(events.values()), x.traces());
    }

    /** Whether the trigger's clause says its first party acts from exile (french-words exile-word). */
    private static boolean inExile(Candidate c) {
        String text = new ClauseScope(c.sentence().parsed().graph(), c.trigger()).text();
        return Arrays.stream(text.split(" ")).anyMatch(EXILE_WORDS::contains);
    }

    /**
     * Of two readings of one relation between the same parties in one sentence, the one that asserts it, else the more
     * confident: « le Nicaragua a engagé contre l'Allemagne une procédure …, lui reprochant de faciliter … » is an
     * asserted accusation however the second trigger's modality is read.
     */
    private static RelationEvent firmer(RelationEvent a, RelationEvent b) {
        if (a.isAsserted() != b.isAsserted()) {
            return a.isAsserted() ? a : b;
        }
        return a.confidence() >= b.confidence() ? a : b;
    }

    /**
     * The year a named period sets the trigger's clause in (Era.periodYear), read on its clause's words and within the
     * part of the sentence between colons or semicolons that holds the trigger: « Moscou arme Damas depuis des
     * décennies : à l'époque soviétique, l'URSS équipait … » dates only what comes after the colon.
     */
    private static Integer periodOfClause(Candidate c, List<String> words) {
        Integer inPart = Era.periodYear(Era.partAround(words, c.trigger().index() - 1, BREAKS));
        return inPart == null ? null : Era.periodYear(new ClauseScope(c.sentence().parsed().graph(), c.trigger()).text());
    }

    /**
     * "En juin 1967, Moscou rompt ses relations avec l'État hébreu": a state named by its capital, an organ or a
     * pronoun, in a sentence set before the state began, is its predecessor (successors.tsv). Its own name stays. Where
     * the predecessor's name is one the state bears too, only that name is read in its time (« la République fédérale
     * d'Allemagne » in 1972 is West Germany; « allemand » and « Berlin » then named either German state).
     */
    private Actor inItsTime(Actor state, ActorResolver.Resolved party, Integer year) {
        if (state == null || year == null) {
            return state;
        }
        boolean sharedName = party.mention() != null && gazetteer.isSharedName(party.mention().text());
        if (gazetteer.eraByNameOnly(state) ? !sharedName
                : party.actor().equals(state) && party.mention() != null && party.mention().form() == NameForm.name) {
            return state;
        }
        return gazetteer.inItsTime(state, year);
    }

    /**
     * « L'armée tchécoslovaque avait été équipée, pendant plus de quatre décennies, par Moscou »: a relation with a
     * state that has ceased to be, told without a year, is set in that state's time; the other party, named by its
     * capital, an organ or a pronoun, is then its own predecessor (the Soviet Union), as a year would make it.
     */
    private Actor beside(Actor state, ActorResolver.Resolved party, Actor other) {
        return state == null || other == null || !gazetteer.endedBy(other, Integer.MAX_VALUE) ? state
                : inItsTime(state, party, Integer.MIN_VALUE);
    }

    /**
     * « L'Argentine a signé un contrat portant sur l'acquisition de vingt-quatre F-16 d'occasion auprès du Danemark »:
     * where another reading of the sentence writes who transfers the same second-hand weapon to the same recipient, a
     * state that makes none of the weapons it transfers (a reseller), the weapon's maker does not stand in for the
     * supplier.
     */
    private boolean sellerWrittenBeside(Candidate c, List<Candidate> all, Actor from, Actor to) {
        if (c.relation() != Relation.SELLS_ARMS_TO || !c.how().contains(ORIGIN_AS_SUPPLIER) || c.weapons().isEmpty()
                || !Extract.secondHand(c.sentence().parsed().graph())) {
            return false;
        }
        return all.stream().anyMatch(o -> o != c && o.sentence() == c.sentence() && o.relation() == c.relation()
                && !o.how().contains(ORIGIN_AS_SUPPLIER) && to.equals(gazetteer.accountable(o.to().actor()))
                && !from.equals(gazetteer.accountable(o.from().actor())) && o.weapons().stream().anyMatch(c.weapons()::contains)
                // « ses premiers Rafale français et ses premiers F-15QA américains »: not a seller of its own make
                && o.weapons().stream().noneMatch(w -> Objects.equals(gazetteer.originOf(w), gazetteer.accountable(o.from().actor()))));
    }
}
