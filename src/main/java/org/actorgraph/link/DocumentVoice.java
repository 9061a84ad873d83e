package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.ingest.Dateline;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/** Part of {@link Discourse}: the state a communiqué or a statement speaks for, read from its heading lines. */
public final class DocumentVoice {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…»\"]+");
    /** How many lines at the top of a document may make its heading. */
    static final int HEADING_LINES = 4;
    /** The dash after an undated dateline's city (« ATHÈNES – »). */
    private static final Set<String> DATELINE_DASHES = Set.of("–", "—", "-", "--");
    /** How many sentences after the title a dateline may open. */
    private static final int DATELINE_SENTENCES = 2;
    private static final Set<String> WEEKDAYS = FrenchWords.list("weekday");
    private static final Set<String> MONTHS = FrenchWords.list("month");
    private static final Set<String> SPEAKING_ORGANS = FrenchWords.list("speaking-organ");
    private static final Set<String> CORRESPONDENTS = FrenchWords.list("correspondent-noun");
    private static final Set<String> EDITORIAL_LABELS = FrenchWords.list("editorial-label");
    private static final Set<String> LEGISLATURES = FrenchWords.list("legislature");

    private DocumentVoice() {}

    /**
     * The voice a line of the heading gives ({@link #of}): one of the first {@value #HEADING_LINES}, where below the
     * first a line that names a person is a byline or a subtitle (« Extrait des souvenirs de X, alors conseiller à
     * l'ambassade de France »), not the organ that issues the text. The caller tells that the lines before were all
     * heading lines ({@link #isHeading}).
     */
    static Actor ofHeadingLine(LinkedSentence s, SemanticGraph graph, Gazetteer g, ActorResolver resolver) {
        int index = s.parsed().index();
        if (index >= HEADING_LINES || index > 0 && s.mentions().stream().anyMatch(m -> m.actor().kind() == ActorKind.Person)) {
            return null;
        }
        Actor byline = bylineState(s, g);
        return byline != null ? byline : of(s, graph, g, resolver);
    }

    /**
     * « Par la rédaction du Tambour de Bangui »: a byline under the title that names one state (by its name or its
     * capital) and no person is the newsroom's; an editorial's « nous » is that state. Not a correspondent's (« Par
     * notre envoyé spécial à Bangui »): the newsroom is elsewhere.
     */
    private static Actor bylineState(LinkedSentence s, Gazetteer g) {
        List<CoreLabel> tokens = s.parsed().tokens();
        if (s.parsed().index() == 0 || tokens.isEmpty() || !opensByline(tokens.get(0).word())
                || tokens.stream().anyMatch(t -> CORRESPONDENTS.contains(t.word().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        List<Actor> states = s.mentions().stream().filter(m -> m.form() != NameForm.demonym && m.actor().kind() == ActorKind.State)
                .map(Mention::actor).distinct().toList();
        return states.size() == 1 ? states.get(0) : null;
    }

    /**
     * « Birmanie : qui arme la junte ? », « Hanoï, ou l'art de s'armer sans choisir son camp »: the one state a
     * document's title names (by name, capital or demonym) is what the document is about; null when the first line is
     * no title or names no state or several.
     */
    static Actor titleState(LinkedSentence s, Gazetteer g) {
        List<CoreLabel> tokens = s.parsed().tokens();
        String last = tokens.size() < 2 ? null : tokens.get(tokens.size() - 1).word();
        // « La neutralité n'a jamais empêché la Suisse de vendre des armes »: a title may quote a whole sentence
        // (after a label and its dash too: « Entretien — « Entre Canberra et Pékin, Port Moresby veut tout » », or
        // after the interviewee's name and a colon: « Arvind Kulkarni : « L'Inde ne tourne pas la page russe » »)
        boolean quoted = last != null && last.equals("»") && (tokens.get(0).word().equals("«") || quoteAfterLead(tokens));
        if (s.parsed().index() != 0 || last == null || endsSentence(last) && !last.equals("?") && !quoted) {
            return null; // a title does not end like a sentence, unless it asks (« qui arme la junte ? ») or quotes
        }
        List<Actor> states = s.mentions().stream().filter(m -> !m.actor().isWeapon()).map(m -> g.accountable(m.actor()))
                .filter(a -> a != null && a.kind() == ActorKind.State).distinct().toList();
        if (states.size() > 1 && !s.mentions().isEmpty()) {
            // « EN DIRECT – Niger : Niamey rompt avec Kiev »: the state before the title's colon is the one it is about
            // (a name that opens the title or follows its lead's dash; not « Frontière haïtienne : »)
            Mention first = s.mentions().get(0);
            int start = s.firstTokenOf(first);
            int after = tokenAfter(s, first);
            Actor state = g.accountable(first.actor());
            boolean opens = start == 1 || DATELINE_DASHES.contains(tokens.get(start - 2).word());
            if (opens && first.form() != NameForm.demonym && after <= tokens.size() && tokens.get(after - 1).word().equals(":")
                    && state != null && state.kind() == ActorKind.State) {
                return state;
            }
            // « comment La Havane est entrée dans l'orbite militaire de Moscou »: else the one its clause is said of
            return subjectState(s, g);
        }
        return states.size() == 1 ? states.get(0) : null;
    }

    /** Whether a title's quotation opens after a lead and its dash or colon (« Entretien — « … » », « X : « … » »). */
    private static boolean quoteAfterLead(List<CoreLabel> tokens) {
        for (int i = 2; i < tokens.size() - 1; i++) {
            if (tokens.get(i).word().equals("«")) {
                String before = tokens.get(i - 1).word();
                return DATELINE_DASHES.contains(before) || before.equals(":");
            }
        }
        return false;
    }

    /** « « Nous avons acheté russe … » », « « Notre armée s'est construite avec Pékin » : entretien avec … »: whether a title quotes a first-person word. */
    static boolean titleQuotesFirstPerson(LinkedSentence s) {
        boolean quoted = false;
        for (CoreLabel t : s.parsed().tokens()) {
            String w = t.word();
            quoted = w.equals("«") || quoted && !w.equals("»");
            if (quoted && Anaphora.isFirstPerson(w, t.tag())) {
                return true;
            }
        }
        return false;
    }

    /** « Éditorial — L'Essequibo ne se défendra pas »: whether a title opens on the label of an editorial. */
    static boolean isEditorial(LinkedSentence s) {
        List<CoreLabel> tokens = s.parsed().tokens();
        return !tokens.isEmpty() && isEditorialLabel(tokens.get(0).word());
    }

    /** Whether the first word of a title is the label of an editorial (french-words editorial-label). */
    public static boolean isEditorialLabel(String firstWord) {
        return EDITORIAL_LABELS.contains(firstWord.toLowerCase(Locale.ROOT));
    }

    /** Whether the first word of a heading line opens a byline (« Par la rédaction du … »). */
    public static boolean opensByline(String firstWord) {
        return firstWord.equalsIgnoreCase("par");
    }

    /** « AUTRICHE. »: the state a line that holds nothing but its name heads a section about, or null. */
    static Actor sectionState(LinkedSentence s, Gazetteer g) {
        if (s.mentions().size() != 1) {
            return null;
        }
        Mention m = s.mentions().get(0);
        long words = s.parsed().tokens().stream().filter(t -> t.word().codePoints().anyMatch(Character::isLetterOrDigit)).count();
        Actor state = g.accountable(m.actor());
        return m.form() != NameForm.demonym && words == m.text().split("\\s+").length && state != null && state.kind() == ActorKind.State
                ? state : null;
    }

    /** The state that the subject of a line's first clause names (« 1958-1962 : comment La Havane est entrée »), or null. */
    private static Actor subjectState(LinkedSentence s, Gazetteer g) {
        SemanticGraph graph = s.parsed().graph();
        if (graph == null) {
            return null;
        }
        IndexedWord subject = graph.vertexListSorted().stream().filter(w -> "VERB".equals(w.tag()))
                // (a subject that names something: not the label the parser made one, « Entretien — « … Port Moresby veut »)
                .map(v -> graph.outgoingEdgeList(v).stream().filter(e -> e.getRelation().toString().startsWith("nsubj")
                                && s.mentionAt(e.getDependent()) != null)
                        .map(e -> e.getDependent()).findFirst().orElse(null))
                .filter(x -> x != null).findFirst().orElse(null);
        // (one state: « Berne, Vienne et Helsinki accélèrent leurs achats » is about none of them alone)
        Mention m = subject == null || Syntax.child(graph, subject, "conj") != null ? null : s.mentionAt(subject);
        Actor state = m == null || m.actor().isWeapon() ? null : g.accountable(m.actor());
        return state != null && state.kind() == ActorKind.State ? state : null;
    }

    /**
     * « ATHÈNES – La séance que le Parlement grec … »: the state of the capital, written in capitals, that a sentence
     * of the document's opening paragraphs starts with before a dash (an undated dispatch's dateline), or that stands
     * alone on its line (« Bratislava. »), or of the country in brackets after a city in capitals (« KIELCE (Pologne) - »), or null. A
     * dated dateline (« TAIPEI, 22 décembre 2024 - ») is blanked before parsing (ingest/Dateline).
     */
    public static Actor datelineState(LinkedSentence s, Gazetteer g) {
        List<CoreLabel> tokens = s.parsed().tokens();
        if (s.mentions().isEmpty() || s.parsed().index() > DATELINE_SENTENCES) {
            return null;
        }
        Mention m = s.mentions().get(0);
        int first = s.firstTokenOf(m);
        int after = tokenAfter(s, m);
        Actor state = g.accountable(m.actor());
        if (first == 3 && after <= tokens.size() && upperCase(tokens.get(0).word()) && tokens.get(1).word().equals("(")
                && tokens.get(after - 1).word().equals(")") && m.form() == NameForm.name && state != null && state.kind() == ActorKind.State) {
            // « KIELCE (Pologne) - envoyé spécial »: a city no list holds, with its country in brackets
            return state;
        }
        boolean capitals = upperCase(m.text());
        boolean dashed = capitals && after <= tokens.size() && DATELINE_DASHES.contains(tokens.get(after - 1).word());
        // « Bratislava. » on a line of its own under the title
        boolean alone = after > tokens.size() || after == tokens.size() && tokens.get(after - 1).word().equals(".");
        return first == 1 && (dashed || alone) && m.form() == NameForm.capital && state != null && state.kind() == ActorKind.State ? state : null;
    }

    /**
     * « Revue de presse – Asunción, vendredi 22 août 2025 : … »: the state of a capital that a title names where it was
     * written, before a comma and a date (a weekday, or a day and a month), or null.
     */
    public static Actor titlePlaceState(LinkedSentence s, Gazetteer g) {
        if (s.parsed().index() != 0) {
            return null;
        }
        List<CoreLabel> tokens = s.parsed().tokens();
        for (Mention m : s.mentions()) {
            int after = tokenAfter(s, m);
            Actor state = g.accountable(m.actor());
            if (m.form() != NameForm.capital || state == null || state.kind() != ActorKind.State || after + 1 > tokens.size()
                    || !tokens.get(after - 1).word().equals(",")) {
                continue;
            }
            String next = tokens.get(after).word().toLowerCase(Locale.ROOT);
            String then = after + 1 < tokens.size() ? tokens.get(after + 1).word().toLowerCase(Locale.ROOT) : "";
            if (WEEKDAYS.contains(next) || next.matches("\\d{1,2}(er)?") && MONTHS.contains(then)) {
                return state;
            }
        }
        return null;
    }

    /** The 1-based index of the token right after a mention's name. */
    /** Whether a word is written in capitals (« KIELCE »). */
    private static boolean upperCase(String word) {
        return word.codePoints().anyMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static int tokenAfter(LinkedSentence s, Mention m) {
        return s.firstTokenOf(m) + m.text().split("\\s+").length;
    }

    /**
     * « RABAT, 12 mars (Agence …) – »: the state of the city an undated dateline opens with, which is blanked before
     * tagging ({@link Dateline#undatedCity}), or null.
     */
    public static Actor undatedDatelineState(String text, Gazetteer g) {
        return g.stateNamed(Dateline.undatedCity(text));
    }

    /** Whether a line does not end like a sentence. */
    static boolean isHeading(LinkedSentence s) {
        List<CoreLabel> tokens = s.parsed().tokens();
        return !tokens.isEmpty() && !endsSentence(tokens.get(tokens.size() - 1).word());
    }

    /** Whether a line's last word ends a sentence (« . », « ? », « » »). */
    static boolean endsSentence(String lastWord) {
        return SENTENCE_END.matcher(lastWord).matches();
    }

    /**
     * "Communiqué du ministère de la Défense de l'Ukraine – Kiev, 28 mars 2023", "Point de presse du ministère chinois
     * des Affaires étrangères", a cable's "De : Tel-Aviv (Ambassade de France)": a heading line (one of the first
     * {@value #HEADING_LINES}, before any that ends like a sentence; the caller tells) that names an organ of exactly one
     * state gives the voice of the document; its "nous" and its bare "le ministère" are that state.
     */
    private static Actor of(LinkedSentence s, SemanticGraph graph, Gazetteer g, ActorResolver resolver) {
        if (!isHeading(s)) {
            return null; // a heading does not end like a sentence (the tagger reads its nouns as verbs too often to ask it)
        }
        Actor found = null;
        for (IndexedWord n : graph.vertexListSorted()) {
            boolean legislature = isLegislature(n);
            if (isSpeakingOrgan(n) || legislature) {
                for (ActorResolver.Resolved r : resolver.resolve(s, n, 1)) {
                    Actor state = g.accountable(r.actor());
                    // (a national parliament's debate speaks for its state; the European Parliament's for none)
                    state = legislature && state != null && state.kind() != ActorKind.State ? null : state;
                    if (state != null && found != null && !found.equals(state)) {
                        return null;
                    }
                    found = state != null ? state : found;
                }
            }
        }
        return found;
    }

    /**
     * « Assemblée nationale de Gambie : questions au gouvernement », « Bundestag, compte rendu intégral »: a heading
     * that names a state's parliament heads the record of its debate, whose « nous » and « notre pays » are that state
     * (french-words legislature).
     */
    private static boolean isLegislature(IndexedWord n) {
        return Syntax.isNoun(n) && (LEGISLATURES.contains(Morph.lemma(n)) || LEGISLATURES.contains(Syntax.lower(n)));
    }

    /** « le ministère », « le porte-parole »: a noun of an organ that speaks for its state (french-words speaking-organ). */
    static boolean isSpeakingOrgan(IndexedWord n) {
        return Syntax.isNoun(n) && isSpeakingOrgan(Morph.lemma(n));
    }

    static boolean isSpeakingOrgan(String lemma) {
        return SPEAKING_ORGANS.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
