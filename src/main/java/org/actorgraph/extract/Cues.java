package org.actorgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.actorgraph.ingest.TsvRows;

/**
 * The word lists the extractor consults (rules/cues.tsv): which nouns are military materiel, which words
 * negate, cancel, hedge or fear an event, which mark a long-standing supply, which verbs are verbs of saying,
 * of object control, support verbs, and so on. Each line is {@code KIND<TAB>regex}; the file's header says
 * whether a kind is matched against a lemma, a word, or the words of a clause.
 */
public final class Cues {
    public enum Kind {
        /** (word) A noun or adjective that makes a phrase military materiel ("chars", "missiles", "militaire"). */
        military,
        /** (word) A word that makes what it qualifies materiel but is none itself ("navires de guerre"; not "une guerre"). */
        militaryQualifier,
        /** (word) A noun that names materiel only when a military word or a weapon qualifies it ("équipements militaires"). */
        materiel,
        /** (phrase) Negation words in the trigger's clause ("pas", "jamais", "sans"). */
        negation,
        /** (lemma) A governing verb that negates its complement ("refuser de livrer", "démentir avoir livré"). */
        negatingVerb,
        /** (lemma) A governing word that stops a transfer ("suspendre les livraisons", "l'annulation de la vente"). */
        cancelled,
        /** (lemma) A governing word that makes a transfer still under negotiation. */
        negotiating,
        /** (lemma) A governing word that makes an event intended, possible or planned, not done ("envisager d'acheter"). */
        hypothetical,
        /**
         * (lemma) A governing verb that schedules a transfer ("Washington doit fournir 66 appareils d'ici 2026"): the
         * transfer is agreed, not hypothetical. Under other events it stays a hypothetical ("l'UE doit condamner").
         */
        scheduled,
        /** (lemma) A governing verb that asks for an event ("appeler X à cesser ses ventes"): not an assertion. */
        demand,
        /** (lemma) A governing word that alleges an event ("accuser X de livrer"): the accuser's claim, not a fact. */
        allegation,
        eitherWay,
        /** (lemma) A governing word that fears an event ("craindre que Moscou ne livre"). */
        feared,
        /** (lemma) A noun of evidence whose clause a denial leaves unproven ("aucune preuve qu'une arme ait été livrée"). */
        evidence,
        /** (lemma) An inserted verb that hands on hearsay ("Moscou, paraît-il, a livré des chars"): not an assertion. */
        hearsay,
        /** (phrase) A word that reports an event on someone's word. */
        hedge,
        /** (phrase) A subordinator that makes the clause a condition ("si", "au cas où"). */
        conditionalClause,
        /** (phrase) A seizure of power (« coup d'État », « putsch »): condemned, it accuses the state whose army did it. */
        seizureOfPower,
        /** (phrase) The marks of a clause of purpose (« afin que », « pour que »): what was meant to happen. */
        purposeClause,
        /** (lemma) Trigger lemmas whose transfer is delivered, or contracted. */
        delivered,
        contracted,
        /** (phrase) Marks a long-standing supply ("depuis des décennies", "à l'époque soviétique"). */
        historical,
        /** (phrase) Dates a supply to an era ("au début des années 1960", "du temps de Nasser"): long-standing when what
         * is supplied is not counted ("a armé l'Indonésie"; not "a vendu six frégates"). */
        historicalEra,
        /** (lemma) A hostile act whose target a participle accuses on its subject's behalf ("a rompu avec l'Ukraine,
         * accusée de …"). */
        hostile,
        /** (word) An adjective that makes a supplier noun a long-standing one ("fournisseur traditionnel"). */
        historicalSupplier,
        /** (word) Of those, an adjective that ranks a supplier: told in the present, the supply also goes on. */
        leadingSupplier,
        /** (word) An adjective that makes a customer noun a long-standing one (« cliente historique »; not a rank, not
         * « fidèle »). */
        standingClient,
        /** (lemma) Verbs that make their attribute new ("sont devenus le premier fournisseur"): not long-standing. */
        becoming,
        /** (lemma) Verbs of saying, whose subject asserts what they govern. */
        speech,
        /** (lemma) Verbs whose object, not subject, controls an infinitive ("accuser X de livrer"). */
        objectControl,
        /** (lemma) Verbs whose object is an event that their subject carries out or concludes ("conclure la vente"). */
        supportVerb,
        /** (lemma) Nouns whose "de" complement or possessive is the subject of the infinitive after them. */
        decisionNoun,
        /** (lemma) Nouns whose complement is the party harmed, never the one blamed ("la violation de la souveraineté congolaise"). */
        harmedNoun,
        /** (lemma) Adjectives whose « à » complement is whom their noun is put down to ("une escalade imputable à l'Iran"). */
        imputing,
        /** (lemma) Nouns whose "de" complement describes the subject of their verb ("fait figure de fournisseur"). */
        attributeNoun,
        /** (lemma) Verbs whose object or attribute describes their subject ("X reste le premier fournisseur de Y"). */
        copula,
        /** (phrase) Makes a reflexive verb reciprocal ("s'accusent mutuellement"). */
        reciprocal,
        /** (lemma) Verbs whose subject holds or receives the materiel in their complement ("dispose de", "met en œuvre"). */
        holding,
        /** (phrase) Says that a clause's subject did as the one before did (« à son tour », « de même »). */
        following
    }

    private final Map<Kind, List<Pattern>> patterns = new EnumMap<>(Kind.class);

    /** The bundled cue list. */
    public static Cues load() {
        InputStream in = Cues.class.getClassLoader().getResourceAsStream("rules/cues.tsv");
        if (in == null) {
            throw new IllegalStateException("missing resource rules/cues.tsv");
        }
        return read("rules/cues.tsv", in);
    }

    /** A folder's cues.tsv, or the bundled one when the folder has none. */
    public static Cues load(Path dir) {
        Path file = dir.resolve("cues.tsv");
        if (!Files.exists(file)) {
            return load();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new FrameBook.RuleFileError(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static Cues read(String source, InputStream in) {
        Cues cues = new Cues();
        for (Kind k : Kind.values()) {
            cues.patterns.put(k, new ArrayList<>());
        }
        List<TsvRows.Row> rows;
        try {
            rows = TsvRows.read(source, in, 2);
        } catch (TsvRows.FormatError e) {
            throw new FrameBook.RuleFileError(e.getMessage() + " (a cue line is KIND<TAB>regex)");
        }
        for (TsvRows.Row row : rows) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.cell(0));
            } catch (IllegalArgumentException e) {
                throw new FrameBook.RuleFileError(row.where() + ": unknown kind " + row.cell(0));
            }
            try {
                cues.patterns.get(kind).add(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + row.cell(1) + ")(?![\\p{L}\\p{N}])"));
            } catch (PatternSyntaxException e) {
                throw new FrameBook.RuleFileError(row.where() + ": the pattern does not compile: " + e.getDescription());
            }
        }
        return cues;
    }

    /** Whether a single word or lemma is of the kind. */
    public boolean isWord(Kind kind, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Pattern p : patterns.get(kind)) {
            if (p.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue of the kind of two or three words starts at word {@code at} of a sentence (« transports de troupes »,
     * « fusils d'assaut »: the words joined by spaces, none after an apostrophe).
     */
    public boolean startsPhrase(Kind kind, IntFunction<String> word, int size, int at) {
        StringBuilder phrase = new StringBuilder(word.apply(at));
        for (int next = at + 1; next < Math.min(size, at + 3); next++) {
            String before = word.apply(next - 1);
            phrase.append(before.endsWith("'") || before.endsWith("’") ? "" : " ").append(word.apply(next));
            if (isWord(kind, phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The first cue of the kind found in a phrase, or null. */
    public String find(Kind kind, String phrase) {
        String t = phrase.toLowerCase(Locale.ROOT);
        for (Pattern p : patterns.get(kind)) {
            var m = p.matcher(t);
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }
}
