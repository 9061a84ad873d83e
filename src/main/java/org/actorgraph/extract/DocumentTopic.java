package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorKind;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.link.DocumentVoice;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.link.NameForm;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of stage "extract": the state a text is about so far, for a transfer that names its supplier and its materiel
 * but no recipient (« vers l'Éthiopie … Les Émirats auraient livré des drones Wing Loong, tandis que l'Iran aurait
 * fourni des Mohajer-6 »: frame option {@code recipient-from-topic}). The topic is the state named most often in the
 * sentences read so far (the latest named on a tie; a name in the title counts twice), at least twice, while the sentence or the one before names it, or
 * as long as it is named at least twice as often as any other state; a maker's name does not count for its state, nor a demonym on weapons (« des drones turcs »). A
 * paragraph that opens on a country (« Au Maroc, … », « En Argentine, … », « Côté algérien, … », or a heading that is
 * only the country's name: « FINLANDE. Helsinki a commandé … ») is about that country until it ends: the review of the press, the country report and the debate go country by country. A sentence inside
 * it that opens on another country is about that one. When no state holds so far, the title's ({@link #titleCountry}),
 * then the dateline's, is the topic.
 * Where the topic cannot be the recipient, the recipient of the same supplier's transfer in the sentence before is;
 * failing that, the state most transfers told so far went to ({@link #mainRecipient}).
 */
final class DocumentTopic {
    /** « chacune de ces ventes »: a pronoun that takes each of the things its complement names. */
    private static final Set<String> DISTRIBUTIVES = Set.of("chacune", "chacun", "toutes", "tous");
    /** Before a country's name, or its demonym, that opens a paragraph: the country it is about. */
    private static final Pattern SETTING_NAME = Pattern.compile("(?:Au|Aux|En) ");
    private static final Pattern SETTING_DEMONYM = Pattern.compile("Côté ");
    /** What may follow a country's name in a heading that is only that name. */
    private static final Pattern HEADING_END = Pattern.compile("\\s*[.:–—-]?\\s*");
    private static final Pattern TITLE_COLON = Pattern.compile("[ \\t]*:");
    /** What may stand before a list item's heading: a dash or a bullet. */
    private static final Pattern ITEM_LEAD = Pattern.compile("\\s*[–—•*-]?\\s*");
    private static final Set<String> COORDINATED = Set.of("conj", "parataxis");
    private static final Set<String> TRANSFER_NOUNS = FrenchWords.list("transfer-noun");
    private static final Set<String> DEMONSTRATIVES = FrenchWords.list("demonstrative");
    private static final Set<String> TITLE_SETTING_NOUNS = FrenchWords.list("title-setting-noun");
    private static final Set<String> ARTICLES = FrenchWords.list("definite-determiner");
    private static final Set<String> TITLE_PREPOSITIONS = Set.of("de", "des", "du", "d'", "d’", "à", "au", "aux", "en", "entre",
            "et", "vers", "contre", "avec", "pour", "par", "sur", "chez", "sans", "depuis");
    private static final Set<String> DE_WORDS = Set.of("de", "des", "du", "d'", "d’");
    /** What follows a title: the end of its line. */
    private static final Pattern TITLE_END = Pattern.compile("[ \\t]*\\r?\\n");
    private final Gazetteer gazetteer;
    private final Cues cues;
    private final String text;
    private Actor paragraphSetting;
    /** The country a title opens on (« Ouzbékistan : une modernisation … »): the text's topic when no other holds. */
    private Actor titleSetting;
    /** The state of a dispatch's dateline (« ATHÈNES – »), the topic when no other state holds. */
    private Actor datelineSetting;
    private Actor sentenceSetting;
    private int lastEnd = -1;
    private final Map<Actor, Integer> counts = new LinkedHashMap<>();
    /** How many transfers told so far went to each state. */
    private final Map<Actor, Integer> received = new LinkedHashMap<>();
    private final Map<Actor, Integer> lastSeen = new LinkedHashMap<>();
    private final List<Set<Actor>> bySentence = new ArrayList<>();
    /** The transfers of the sentence before and of the one being read ({@link #recipientBefore}). */
    private List<Candidate> transfersBefore = List.of();
    private List<Candidate> transfers = new ArrayList<>();
    /** The accusations told so far, in order. */
    private final List<Candidate> accusations = new ArrayList<>();

    DocumentTopic(Gazetteer gazetteer, Cues cues, String text) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.text = text;
        // « RABAT, 12 mars (Agence …) – »: the city of a dateline, blanked before parsing, still places the dispatch
        datelineSetting = DocumentVoice.undatedDatelineState(text, gazetteer);
        if (datelineSetting != null) {
            counts.merge(datelineSetting, 1, Integer::sum);
            lastSeen.put(datelineSetting, 0);
        }
    }

    /** Counts the states a sentence names; call it for each sentence, in order, before extracting from it. */
    void read(LinkedSentence s) {
        transfersBefore = transfers;
        transfers = new ArrayList<>();
        Set<Actor> states = new LinkedHashSet<>();
        // « Procès des « contrats fantômes » à Abuja : … »: the title names what the text is about
        int weight = bySentence.isEmpty() && TITLE_END.matcher(text).region(s.parsed().end(), text.length()).lookingAt() ? 2 : 1;
        for (Mention m : s.mentions()) {
            // A maker (« Vickers », « Dassault ») sells to the state the text is about; it does not make its own state the
            // topic, nor does a weapon's name (« les Humvee »).
            Actor a = m.actor().isMaker() || m.actor().isWeapon() || originOfWeapon(s, m) ? null : gazetteer.accountable(m.actor());
            if (a != null && a.kind() == ActorKind.State) {
                states.add(a);
                counts.merge(a, weight, Integer::sum);
                lastSeen.put(a, bySentence.size());
            }
        }
        // « l'émirat a commandé vingt-huit chasseurs »: a description names the state it stands for
        for (Actor a : s.discourse().describedIn(s.parsed().index())) {
            if (a.kind() == ActorKind.State) {
                states.add(a);
                counts.merge(a, 1, Integer::sum);
                lastSeen.put(a, bySentence.size());
            }
        }
        if (bySentence.isEmpty() && weight == 2) {
            titleSetting = titleCountry(s);
        }
        Actor dateline = datelineSetting == null ? DocumentVoice.datelineState(s, gazetteer) : null;
        if (dateline != null) {
            // « BOGOTA – … »: the place a dispatch is sent from weighs like a title's state
            datelineSetting = dateline;
            counts.merge(dateline, 1, Integer::sum);
        }
        bySentence.add(states);
        sentenceSetting = setting(s);
        if (lastEnd < 0 || Era.paragraphBreak(text, lastEnd, s.parsed().begin())) {
            paragraphSetting = sentenceSetting;
        }
        lastEnd = s.parsed().end();
    }

    /**
     * « Albanie : des MiG chinois aux drones turcs »: a demonym on a weapon says where it was made, not whom the text is
     * about. In a sentence left unparsed, the demonym right after the weapon's noun.
     */
    private boolean originOfWeapon(LinkedSentence s, Mention m) {
        if (m.form() != NameForm.demonym) {
            return false;
        }
        SemanticGraph g = s.parsed().graph();
        int token = s.firstTokenOf(m);
        IndexedWord head;
        if (g == null) {
            head = token > 1 ? new IndexedWord(s.parsed().token(token - 1)) : null;
        } else {
            IndexedWord w = g.getNodeByIndexSafe(token);
            SemanticGraphEdge in = w == null ? null : Syntax.parentEdge(g, w);
            head = in != null && in.getRelation().toString().equals("amod") ? in.getGovernor() : null;
        }
        if (head == null) {
            return false;
        }
        Mention named = s.mentionAt(head.index());
        // plural (« des drones turcs »): « l'artillerie azerbaïdjanaise » is a force
        return named != null && (named.actor().isWeapon() || named.actor().isMaker())
                || cues.isWord(Cues.Kind.military, head.word()) && (head.word().endsWith("s") || head.word().endsWith("x"));
    }

    /**
     * The state whose name opens a title, before a colon (« Mali : la junte accuse Paris »); else the state the title
     * names first without a preposition, by its name, capital or demonym (« Katmandou a toujours acheté ses armes sous
     * le regard de New Delhi », « Revue de presse slovène : … »), not as a weapon's maker; or null. A name after a
     * preposition is where arms come from or go to (« Les armes de Prague … », « De Moscou à Paris : … »).
     */
    private Actor titleCountry(LinkedSentence s) {
        Actor opening = stateBeforeColon(s, String::isBlank);
        if (opening != null) {
            return opening;
        }
        SemanticGraph g = s.parsed().graph();
        return s.mentions().stream().filter(m -> !m.actor().isMaker() && !m.actor().isWeapon() && !originOfWeapon(s, m))
                .filter(m -> g == null ? titleSettingByWords(s, m) : titleSetting(g, g.getNodeByIndexSafe(s.firstTokenOf(m)), m))
                .map(m -> gazetteer.accountable(m.actor())).filter(a -> a != null && a.kind() == ActorKind.State)
                .findFirst().orElse(null);
    }

    /**
     * {@link #titleSetting} in a title left unparsed, by the words before the mention: a demonym right after a noun of
     * {@code title-setting-noun}; a name with no preposition before it, or after « de » (and its article) that follows
     * such a noun.
     */
    private static boolean titleSettingByWords(LinkedSentence s, Mention m) {
        int first = s.firstTokenOf(m);
        String before = first > 1 ? s.parsed().token(first - 1).word().toLowerCase(Locale.ROOT) : "";
        if (m.form() == NameForm.demonym) {
            return TITLE_SETTING_NOUNS.contains(before);
        }
        int at = first - 1;
        if (ARTICLES.contains(before)) {
            before = at > 1 ? s.parsed().token(--at).word().toLowerCase(Locale.ROOT) : "";
        }
        if (!TITLE_PREPOSITIONS.contains(before)) {
            return true;
        }
        String noun = at > 1 ? s.parsed().token(at - 1).word().toLowerCase(Locale.ROOT) : "";
        return DE_WORDS.contains(before) && TITLE_SETTING_NOUNS.contains(noun);
    }

    /**
     * Whether a title's mention says what the text is about: a name or capital without a preposition (nor the
     * preposition of the phrase it is coordinated with: « Rupture entre Alger et Rabat »), or the « de » complement or
     * the demonym of a noun of {@code title-setting-noun} (« l'armement des Philippines », « la presse slovène »).
     */
    private static boolean titleSetting(SemanticGraph g, IndexedWord w, Mention m) {
        if (w == null) {
            return false;
        }
        if (m.form() == NameForm.demonym) {
            SemanticGraphEdge on = Syntax.parentEdge(g, w);
            return on != null && (TITLE_SETTING_NOUNS.contains(Morph.lemma(on.getGovernor()))
                    || TITLE_SETTING_NOUNS.contains(Syntax.lower(on.getGovernor())));
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, w);
        IndexedWord first = in != null && in.getRelation().toString().equals("conj") ? in.getGovernor() : w;
        if (Syntax.child(g, w, "case") == null && Syntax.child(g, first, "case") == null) {
            return true;
        }
        // « l'armement des Philippines », « la défense du Japon »: the « de » complement of such a noun
        SemanticGraphEdge of = Syntax.parentEdge(g, first);
        return of != null && "de".equals(Syntax.caseWord(g, first)) && TITLE_SETTING_NOUNS.contains(Morph.lemma(of.getGovernor()));
    }

    /**
     * « – États-Unis : douze A-29 Super Tucano … ont été livrés à l'armée de l'air nigériane »: the state whose name opens
     * a sentence (after a list's dash, if any) before a colon, which a transfer of that list item with no supplier of its
     * own comes from; or null.
     */
    Actor itemHeading(LinkedSentence s) {
        return stateBeforeColon(s, lead -> ITEM_LEAD.matcher(lead).matches());
    }

    /** The state named first in a sentence, by its name, after a lead that passes and right before a colon; or null. */
    private Actor stateBeforeColon(LinkedSentence s, Predicate<String> lead) {
        if (s.mentions().isEmpty()) {
            return null;
        }
        Mention m = s.mentions().get(0);
        Actor named = gazetteer.accountable(m.actor());
        boolean opens = lead.test(text.substring(s.parsed().begin(), m.begin())) && TITLE_COLON.matcher(text.substring(m.end())).lookingAt();
        return opens && m.form() == NameForm.name && named != null && named.kind() == ActorKind.State ? named : null;
    }

    /** The country a sentence opens on (its first mention, before a comma) or that is all the sentence says, or null. */
    private Actor setting(LinkedSentence s) {
        if (s.mentions().isEmpty()) {
            return null;
        }
        Mention m = s.mentions().get(0);
        Actor named = gazetteer.accountable(m.actor());
        if (HEADING_END.matcher(text.substring(m.end(), s.parsed().end())).matches()
                && text.substring(s.parsed().begin(), m.begin()).isBlank() && m.form() == NameForm.name
                && named != null && named.kind() == ActorKind.State) {
            return named;
        }
        String before = text.substring(s.parsed().begin(), m.begin());
        Pattern lead = m.form() == NameForm.name ? SETTING_NAME : m.form() == NameForm.demonym ? SETTING_DEMONYM : null;
        Actor a = m.actor().isWeapon() ? null : named;
        boolean setting = lead != null && lead.matcher(before).matches() && text.startsWith(",", m.end())
                && a != null && a.kind() == ActorKind.State;
        return setting ? a : null;
    }

    /** The topic at the sentence read last (its paragraph's country, if it opened on one), or null when there is none or it is not named in that or the previous sentence. */
    Actor current() {
        // « Au Salvador, … Au Guatemala, c'est Israël qui livre des fusils »: the sentence's own country first
        Actor setting = sentenceSetting != null ? sentenceSetting : paragraphSetting;
        if (setting != null) {
            return setting;
        }
        Actor best = null;
        for (Map.Entry<Actor, Integer> e : counts.entrySet()) {
            Actor a = e.getKey();
            if (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && lastSeen.get(a) > lastSeen.get(best)) {
                best = a;
            }
        }
        int last = bySentence.size() - 1;
        boolean near = best != null && (bySentence.get(last).contains(best) || last > 0 && bySentence.get(last - 1).contains(best));
        return best != null && established(best) && (near || dominant(best)) ? best : titleSetting != null ? titleSetting : datelineSetting;
    }

    /** Records the candidates extracted from the sentence read last. */
    void told(List<Candidate> candidates) {
        candidates.stream().filter(c -> c.relation() == Relation.SELLS_ARMS_TO).forEach(transfers::add);
        candidates.stream().filter(c -> c.relation() == Relation.ACCUSES).forEach(accusations::add);
        candidates.stream().filter(c -> c.relation() != Relation.ACCUSES && c.to() != null)
                .map(c -> gazetteer.accountable(c.to().actor())).filter(a -> a != null && a.kind() == ActorKind.State)
                .forEach(a -> received.merge(a, 1, Integer::sum));
    }

    /**
     * The state that most transfers told so far went to, at least twice and twice as often as any other, or null: a
     * text about what one state buys lists suppliers after it has named it as their customer (« Nous travaillons avec
     * le Royaume-Uni, qui a fourni des véhicules blindés », in a text where the state is named as often as its partner).
     */
    Actor mainRecipient() {
        Actor best = received.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return best != null && received.get(best) >= 2 && twiceAsOften(received, best) ? best : null;
    }

    /** The latest transfer told before the trigger: in its sentence before it, else in the sentence before. */
    Candidate transferBefore(IndexedWord trigger) {
        return transfers.stream().filter(c -> c.trigger().index() < trigger.index()).reduce((a, b) -> b)
                .orElse(transfersBefore.isEmpty() ? null : transfersBefore.get(transfersBefore.size() - 1));
    }

    /**
     * « La Russie a livré à l'Iran des Su-35. Moscou a aussi fourni des Mi-28 »: the recipient of a transfer by the same
     * supplier in the sentence before, for a transfer that writes none.
     */
    List<Resolved> recipientBefore(List<Resolved> suppliers) {
        return transfersBefore.stream().filter(c -> suppliers.stream().anyMatch(x -> gazetteer.sameState(x.actor(), c.from().actor())))
                .map(c -> List.of(c.to())).findFirst().orElse(List.of());
    }

    /**
     * « La Chine lui a fourni des fusils ; l'Union soviétique a livré des missiles »: the recipient of the transfer whose
     * clause this trigger's clause is coordinated with (a conjunct or a clause beside it), told earlier in the same
     * sentence by another supplier.
     */
    List<Resolved> recipientOfCoordinated(SemanticGraph g, IndexedWord trigger, List<Resolved> suppliers) {
        SemanticGraphEdge in = Syntax.parentEdge(g, trigger);
        // « …, Israël ayant lui-même livré des TOW »: a participle clause with a subject of its own stands beside its verb
        boolean ownClause = in != null && in.getRelation().toString().equals("advcl") && Syntax.child(g, trigger, "nsubj") != null;
        if (in == null || !COORDINATED.contains(in.getRelation().toString()) && !ownClause) {
            return List.of();
        }
        // « lance l'opération et livre à N'Djamena des missiles ; Washington expédie des Redeye »: or the verb
        // coordinated, before this clause, with the one it hangs on
        Set<IndexedWord> beside = new HashSet<>();
        beside.add(in.getGovernor());
        g.outgoingEdgeList(in.getGovernor()).stream().filter(e -> e.getRelation().toString().equals("conj")
                && e.getDependent().index() < trigger.index()).forEach(e -> beside.add(e.getDependent()));
        // « leur a fourni des fusils et a livré des drones »: a clitic recipient of the first verb is the second's too
        return transfers.stream().filter(c -> beside.contains(c.trigger()) && c.to() != null
                        && suppliers.stream().noneMatch(x -> gazetteer.sameState(x.actor(), c.to().actor())))
                .map(c -> List.of(c.to())).findFirst().orElse(List.of());
    }

    /**
     * « Kennedy accusa l'Union soviétique d'avoir installé des missiles ; Khrouchtchev dénonça un acte de piraterie »:
     * the other side of the latest accusation told between one of the accusers and a state, for an accusation that
     * names no accused.
     */
    List<Resolved> adversary(List<Resolved> accusers) {
        for (int i = accusations.size() - 1; i >= 0; i--) {
            Candidate c = accusations.get(i);
            boolean accused = accusers.stream().anyMatch(x -> gazetteer.sameState(x.actor(), c.to().actor()));
            boolean accuser = accusers.stream().anyMatch(x -> gazetteer.sameState(x.actor(), c.from().actor()));
            Resolved other = accused ? c.from() : c.to();
            Actor state = gazetteer.accountable(other.actor());
            if (accused != accuser && state != null && state.kind() == ActorKind.State) {
                return List.of(other);
            }
        }
        return List.of();
    }

    /**
     * « Tokyo accuse Pékin … Canberra a également condamné l'incident »: an accusation said to be made too, by
     * someone who took no part in the latest one, is against the same accused.
     */
    List<Resolved> accusedOfLast(List<Resolved> accusers) {
        Candidate last = accusations.isEmpty() ? null : accusations.get(accusations.size() - 1);
        if (last == null || accusers.stream().anyMatch(x -> gazetteer.sameState(x.actor(), last.from().actor())
                || gazetteer.sameState(x.actor(), last.to().actor()))) {
            return List.of();
        }
        return List.of(last.to());
    }

    /**
     * « Les Pays-Bas, qui avaient cédé deux sous-marins à Taïwan, ont vu la Chine dénoncer cette vente »: a transfer
     * condemned as « cette vente », « ces livraisons » is the one told just before, and its supplier is the accused.
     * None when the condemned is no such noun, or the accusers supplied it.
     */
    List<Resolved> supplierOfTransferTakenUp(SemanticGraph g, IndexedWord trigger, List<Resolved> accusers) {
        IndexedWord object = Syntax.child(g, trigger, "obj");
        IndexedWord each = object == null || !DISTRIBUTIVES.contains(Syntax.lower(object)) ? null : Syntax.child(g, object, "nmod");
        // « Pékin condamne chacune de ces ventes »: each of the transfers taken up
        object = each != null ? each : object;
        IndexedWord det = object == null ? null : Syntax.child(g, object, "det");
        Candidate before = det == null || !TRANSFER_NOUNS.contains(Morph.lemma(object)) || !DEMONSTRATIVES.contains(Syntax.lower(det))
                ? null : transferBefore(trigger);
        if (before == null || accusers.stream().anyMatch(x -> gazetteer.sameState(x.actor(), before.from().actor()))) {
            return List.of();
        }
        return List.of(before.from());
    }

    /**
     * Whether the topic may be the recipient of a transfer that writes none: it is not the supplier's state, nor the
     * supplier of a transfer told in this sentence or the one before (« Tokyo a livré un radar … La Corée du Sud, elle,
     * a fourni des FA-50 » lists suppliers of a third state).
     */
    boolean mayReceive(Actor topic, List<Resolved> suppliers) {
        return notSupplier(topic, suppliers) && Stream.concat(transfersBefore.stream(), transfers.stream())
                        .noneMatch(c -> c.from() != null && gazetteer.sameState(c.from().actor(), topic));
    }

    /** Whether there is a topic and it is not the suppliers' state. */
    boolean notSupplier(Actor topic, List<Resolved> suppliers) {
        return topic != null && suppliers.stream().noneMatch(x -> gazetteer.sameState(x.actor(), topic));
    }

    /**
     * Named at least twice as often as any other state so far: such a state stays the topic through sentences that do
     * not name it (« Le Bangladesh modernise sa marine … La Chine a livré deux frégates »), where a topic only as
     * frequent as another lasts only while it is named.
     */
    private boolean dominant(Actor best) {
        return twiceAsOften(counts, best);
    }

    /** Whether a state counts at least twice as much as any other. */
    private static boolean twiceAsOften(Map<Actor, Integer> counts, Actor best) {
        int other = counts.entrySet().stream().filter(e -> !e.getKey().equals(best)).mapToInt(Map.Entry::getValue).max().orElse(0);
        return counts.get(best) >= 2 * other;
    }

    /** Named at least twice: a text that names each state once has no topic. */
    private boolean established(Actor best) {
        return counts.get(best) >= 2;
    }
}
