package org.actorgraph.pipeline;

import static org.actorgraph.pipeline.GateComparison.assertSameGraphs;
import static org.actorgraph.pipeline.GateComparison.pipeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.extract.FrameBook;
import org.actorgraph.extract.Relation;
import org.actorgraph.extract.RelationEvent;
import org.actorgraph.ingest.Document;
import org.actorgraph.nlp.Annotate;
import org.actorgraph.nlp.ParsedSentence;
import org.actorgraph.nlp.TaggedDocument;
import org.actorgraph.pipeline.ParseGate.Decision;
import org.actorgraph.rdf.MappedDocument;
import org.actorgraph.store.ShapeValidator;
import org.actorgraph.testsupport.SharedResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parse gate (issue 14): its decisions on sentences written for the test, and the same graph with and without it
 * on each of them ({@link ParseGateGraphsTest} compares whole corpora).
 */
class ParseGateTest {
    @TempDir
    Path tmp;

    // Decisions on sentences written for the test.

    private static TaggedDocument tag(String text) {
        Resources r = SharedResources.get();
        return new Annotate(r.nlp(), r.lemmatizer()).apply(doc(text));
    }

    private static List<Decision> decide(ParseGate gate, String text) {
        return gate.decide(tag(text)).bySentence();
    }

    private static Document doc(String text) {
        return new Document("test", text, null, null, null, null, "test.txt");
    }

    private static ParseGate gate() {
        Resources r = SharedResources.get();
        return new ParseGate(r.rules(), r.cues(), r.gazetteer());
    }

    @Test
    void aSentenceIsParsedWhenItHoldsATriggerAndTwoStatesOrAnAnaphor() {
        ParseGate gate = gate();
        assertEquals(List.of(Decision.NO_TRIGGER), decide(gate, "La fête du samedi attire de nombreux habitants du quartier."));
        assertEquals(List.of(Decision.NO_TRIGGER), decide(gate, "La France et l'Arménie ont célébré leur amitié."));
        // One state alone cannot be both sides of an event.
        assertEquals(List.of(Decision.NO_ACTOR), decide(gate, "La France a livré des chars."));
        // A giving verb without materiel: R-GIVE requires some, and no other frame reads "donner".
        assertEquals(List.of(Decision.NO_TRIGGER), decide(gate, "La France a donné des fleurs à l'Arménie."));
        assertEquals(List.of(Decision.RELATION), decide(gate, "La France a livré des chars à l'Arménie."));
        // The weapon's origin may be the supplier.
        assertEquals(List.of(Decision.RELATION), decide(gate, "L'Arménie a reçu des Rafale."));
        // The sentence before an anaphor is read to resolve it.
        assertEquals(List.of(Decision.CONTEXT, Decision.RELATION),
                decide(gate, "La France soutient l'Arménie. Elle lui a livré des chars."));
    }

    @Test
    void aWordThatTakesUpAWeaponNamedBeforeGivesItsMakersStateAsTheOtherParty() {
        ParseGate gate = gate();
        List<Decision> d = decide(gate, "Le Rafale est assemblé à Mérignac. L'appareil a été vendu à la Croatie. La Grèce l'a commandé.");
        assertEquals(List.of(Decision.RELATION, Decision.RELATION), d.subList(1, 3));
        // Without a weapon named before, nothing tells that what was sold is materiel.
        assertEquals(List.of(Decision.NO_TRIGGER, Decision.NO_TRIGGER),
                decide(gate, "La foire est ouverte. L'appareil a été vendu à la Croatie. La Grèce l'a commandé.").subList(1, 3));
    }

    @Test
    void aNewFrameInTheRuleFilesWidensTheGateByItself() throws IOException {
        String text = "La France a troqué des chars avec l'Arménie.";
        assertEquals(List.of(Decision.NO_TRIGGER), decide(gate(), text));
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        for (Relation r : Relation.values()) {
            try (var in = FrameBook.class.getClassLoader().getResourceAsStream("rules/" + r.ruleFile())) {
                Files.copy(in, rules.resolve(r.ruleFile()));
            }
        }
        Files.writeString(rules.resolve(Relation.SELLS_ARMS_TO.ruleFile()), """

                frame T-BARTER 0.5
                    trigger verb troquer
                    slot    subject supplier
                    slot    avec recipient
                    theme   none
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Resources r = SharedResources.get();
        ParseGate wider = new ParseGate(FrameBook.load(rules), r.cues(), r.gazetteer());
        assertEquals(List.of(Decision.RELATION), decide(wider, text));
    }

    /** A frame's match names lemmas the sentence must hold beside the trigger (« tenir X pour responsable »). */
    @Test
    void aFrameMatchRequiresTheLemmasItNames() {
        assertEquals(List.of(Set.of("responsable")), ParseGate.requiredLemmas("{}=trigger >/obl.*|xcomp|obj|nmod/ {lemma:responsable}"));
        assertEquals(List.of(Set.of("contrat", "marché", "commande")),
                ParseGate.requiredLemmas("{}=trigger >obj {lemma:/^(contrat|marché|commande)$/}"));
        assertEquals(List.of(Set.of("cause")), ParseGate.requiredLemmas("{}=trigger >/obl.*/ ({lemma:cause} >case {word:en})"));
        assertEquals(List.of(), ParseGate.requiredLemmas("{}=trigger !>obj {lemma:accord}"), "a negated node requires nothing");
        assertEquals(List.of(), ParseGate.requiredLemmas("{}=trigger [>obj {lemma:a} | >obl {lemma:b}]"), "nor alternatives");
        assertEquals(List.of(Decision.NO_TRIGGER), decide(gate(), "La France tient l'Arménie en haute estime."));
        assertEquals(List.of(Decision.RELATION), decide(gate(), "La France tient l'Arménie pour responsable de l'attaque."));
    }

    /**
     * "ces deux pays" stands for the pair the sentence before coordinates (not the third state it names): that sentence
     * holds no trigger, yet it is parsed, for without its parse the pair is not known and the accusations are lost.
     */
    @Test
    void theSentencesAnAnaphorReadsAreParsedToo() {
        String text = "La Russie et la Chine ont reçu le président iranien à Pékin. Ces deux pays accusent les États-Unis d'ingérence.";
        assertEquals(List.of(Decision.CONTEXT, Decision.RELATION), decide(gate(), text));
        Resources r = SharedResources.get();
        ParseGate withoutContext = new ParseGate(r.rules(), r.cues(), r.gazetteer(), false);
        assertEquals(List.of(Decision.NO_TRIGGER, Decision.RELATION), decide(withoutContext, text));

        Set<String> parseAll = accusers(pipeline(DocumentPipeline.Parsing.ALL).analyze(doc(text)));
        assertEquals(Set.of("Russie", "Chine"), parseAll);
        assertEquals(parseAll, accusers(pipeline(DocumentPipeline.Parsing.GATED).analyze(doc(text))));
        DocumentPipeline noContext = new DocumentPipeline(r, ShapeValidator.bundled(), DocumentPipeline.DEFAULT_MAX_DOC_CHARS,
                withoutContext::apply);
        assertFalse(accusers(noContext.analyze(doc(text))).equals(parseAll), "without its context the gate would lose them");
    }

    /**
     * Ways to a relation that do not show as a trigger and two names in the sentence, each of which the gate must let
     * through: a verb the tagger took for a noun (the parse repairs give it back its clause), an organ named without
     * its country (the state the text is about), materiel named in the sentence before ("en"), a state named before that « en » takes up before a copula (« en était
     * le principal fournisseur »), and a ruler that names
     * a regime (read from CoreNLP's NER in the sentence of the relation).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Moscou arme Damas depuis des décennies.",
        "Le Mali a rompu ses accords de défense avec la France. La junte accuse Paris de soutenir les jihadistes.",
        "La France a présenté ses nouveaux chars Leclerc. Le Togo en a acheté à la France.",
        "L'Irak de Saddam Hussein, armé par la France, a envahi le Koweït.",
        "Communiqué du ministère de la Défense de l'Ukraine\nNous accusons la Russie de bombarder nos villes.",
        "La société tchèque Excalibur Army a ouvert une usine. Excalibur Army a livré des obusiers au Maroc.",
        "Dans les années 1970, la Libye achetait massivement. L'Union soviétique en était le principal fournisseur d'armes."})
    void theGateLetsThroughWhatTheExtractionReads(String text) {
        List<Decision> decisions = decide(gate(), text);
        assertEquals(Decision.RELATION, decisions.get(decisions.size() - 1), decisions::toString);
        Document doc = doc(text);
        MappedDocument all = pipeline(DocumentPipeline.Parsing.ALL).process(doc, new StageTimes());
        assertFalse(all.analyzed().events().isEmpty(), "parsing all finds a relation");
        assertSameGraphs(List.of(doc));
    }

    /**
     * An acronym the document defines (« les forces navales égyptiennes (FNE) », link/Acronyms) names its actor wherever
     * it is used later: a sentence with one gazetteer name and the acronym can hold a relation, and is parsed; without
     * the definition the same sentence names one state only, and is not. (No cue word beside the acronym here: a cue
     * would let the gate read it as a name no gazetteer holds, whose home the cue's sentence gives.)
     */
    @Test
    void anAcronymDefinedBeforeNamesItsActorForTheGate() {
        String use = "L'Italie a livré des drones aux FNE.";
        assertEquals(List.of(Decision.NO_ACTOR), decide(gate(), use));
        String text = "Les forces navales égyptiennes (FNE) patrouillent en mer Rouge depuis janvier. " + use;
        List<Decision> decisions = decide(gate(), text);
        assertEquals(Decision.RELATION, decisions.get(1), decisions::toString);
        Document doc = doc(text);
        Set<String> all = pipeline(DocumentPipeline.Parsing.ALL).analyze(doc).events().stream()
                .filter(e -> e.relation() == Relation.SELLS_ARMS_TO).map(e -> e.from().label() + " -> " + e.to().label())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Italie -> Égypte"), all, "parsing all reads the acronym as Egypt");
        assertSameGraphs(List.of(doc));
    }

    /**
     * A name no gazetteer holds becomes an actor of the graph once stage "link" reads it: a sentence where the parse
     * may change what is read of it (a cue word it may be in apposition to) is parsed though it cannot hold a relation;
     * a name after a courtesy title, with no common noun before it, is read from the tokens.
     */
    @Test
    void sentencesWhoseNamesTheParseMayTellAboutAreParsed() {
        String text = "Le marché du samedi attire de nombreux habitants. La société Fromagerie Dupont y vend ses fromages."
                + " M. Jean Martin y vend son pain.";
        List<Decision> decisions = decide(gate(), text);
        assertEquals(Decision.NAMES, decisions.get(1), decisions::toString);
        assertFalse(decisions.get(2).parsed(), decisions::toString);
        Document doc = doc(text);
        assertEquals(Set.of("Fromagerie Dupont", "Jean Martin"), pipeline(DocumentPipeline.Parsing.ALL).analyze(doc).mentions()
                .stream().filter(m -> m.actor().isLocal()).map(m -> m.actor().label()).collect(Collectors.toSet()));
        assertSameGraphs(List.of(doc));
    }

    /**
     * « Washington arme Taipei »: the parser reads one flat name, and « arme », tagged NOUN, is made the verb by the
     * parse repairs (nlp/VerbTakenForNoun); the gate tries a noun that can be a finite verb as that verb, so it lets
     * the sentence through, and the relation the repair gives is in the graph with and without the gate.
     */
    @Test
    void aVerbReadAsPartOfANameIsLetThrough() {
        String text = "Washington arme Taipei depuis 1979.";
        assertEquals(List.of(Decision.RELATION), decide(gate(), text));
        assertEquals(Set.of("États-Unis -> Taïwan"), partiesParsingAll(text), "parsing all reads « arme » as the verb");
        assertSameGraphs(List.of(doc(text)));
    }

    /** The parties of every event, "from -> to", when every sentence is parsed. */
    private static Set<String> partiesParsingAll(String text) {
        return pipeline(DocumentPipeline.Parsing.ALL).analyze(doc(text)).events().stream()
                .map(e -> e.from().label() + " -> " + e.to().label()).collect(Collectors.toSet());
    }

    /**
     * A transcript's turn labels (nlp/SpeakerLabels) are blanked before tagging, so the gate reads the text the parser
     * parses: « Question (télévision japonaise) : » names no actor for either.
     */
    @Test
    void aTranscriptsTurnLabelsAreBlankedForTheGateAsForTheParser() {
        String text = "Question (télévision japonaise) : La Chine accuse-t-elle les États-Unis ?\n"
                + "Porte-parole : La Chine accuse les États-Unis de livrer des armes à Taïwan.";
        List<Decision> decisions = decide(gate(), text);
        assertEquals(Decision.RELATION, decisions.get(decisions.size() - 1), decisions::toString);
        assertTrue(tag(text).sentences().get(0).tokens().stream().noneMatch(t -> t.word().equals("Question")));
        assertSameGraphs(List.of(doc(text)));
    }

    private static Set<String> accusers(AnalyzedDocument a) {
        return a.events().stream().filter(e -> e.relation() == Relation.ACCUSES).map(RelationEvent::from)
                .map(x -> x.label()).collect(Collectors.toSet());
    }

    @Test
    void sentencesLeftOutAreNotParsed() {
        String text = "La fête du samedi attire de nombreux habitants. La France a livré des chars à l'Arménie.";
        AnalyzedDocument a = pipeline(DocumentPipeline.Parsing.GATED).analyze(doc(text));
        ParsedSentence first = a.sentences().get(0).parsed();
        assertEquals(ParsedSentence.Parse.NOT_NEEDED, first.parse());
        assertFalse(first.isParsed());
        assertTrue(first.tokens().stream().allMatch(t -> t.get(edu.stanford.nlp.ling.CoreAnnotations.LemmaAnnotation.class) != null
                || t.word().matches("\\p{P}+")), "lemmas are still given to every token");
        assertEquals(ParsedSentence.Parse.PARSED, a.sentences().get(1).parsed().parse());
        assertEquals(1, a.events().size());
    }
}
