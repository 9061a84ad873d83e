package org.actorgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.TsvRows;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.nlp.FrenchWords;

/**
 * The year a sentence is set in, as a reader of a retrospective takes it: the latest year the sentence mentions;
 * else the latest year of the nearest sentence before it in the same paragraph that mentions one; else the year the
 * document was written (its date, or else the latest year it mentions: an undated history ends where its story
 * does); else unknown. A sentence set in the time of writing by its own words (« ces dernières années »,
 * « désormais »), or opening on what came next (« Puis … »), is in the year the document was written, whatever year
 * its paragraph mentioned before. A clause that names a period (« à l'époque soviétique », extract/periods.tsv) is set
 * in its last year ({@link #periodYear}).
 */
final class Era {
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}-])(1[89]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}])");
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:depuis|après) (?:l'an |l'année )?$");
    private static final Pattern SINCE_DECADE = Pattern.compile("(?i)\\b(?:depuis|après) les années $");
    /** « à la fin des années 1990 », « dans les années 1980 »: a decade runs to its last year; its start, a little way in. */
    private static final Pattern DECADE = Pattern.compile("(?i)\\bannées $");
    private static final Pattern DECADE_START = Pattern.compile("(?i)\\bdébut des années $");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}'’]+");
    private static final Set<String> PRESENT_TIME = FrenchWords.list("present-time");
    private static final Set<String> RECENT = FrenchWords.list("recent-adjective");
    private static final Set<String> DEMONSTRATIVE = FrenchWords.list("demonstrative");
    private static final Set<String> LATER = FrenchWords.list("later-opening");
    private static final Pattern PERIOD_AFTER = Pattern.compile("(?i)\\b(?:depuis|après) (?:la |l')?$");
    private static final Map<Pattern, Integer> PERIODS = periods();
    /** « pendant toute la période. », « à l'époque, … »: a time told before, with nothing after it that names another. */
    private static final Pattern PERIOD_ANAPHOR = Pattern.compile(
            "\\b(?iu:toute la période|toute cette période|la même période|cette période|à l'époque|à cette époque)(?=\\s*[,.;:!?»)]|\\s+\\p{Lu})");

    private Era() {}

    static Integer yearOf(Document d, List<LinkedSentence> sentences, LinkedSentence s) {
        String text = d.text();
        int at = sentences.indexOf(s);
        // « pendant toute la période », « à l'époque »: a sentence that points back to a time told before is set in it,
        // across paragraphs (an interview's answer to a question that named the years)
        boolean pointsBack = PERIOD_ANAPHOR.matcher(text.substring(s.parsed().begin(), s.parsed().end())).find();
        for (int i = at; i >= 0; i--) {
            LinkedSentence t = sentences.get(i);
            if (i < at && !pointsBack && paragraphBreak(text, t.parsed().end(), sentences.get(i + 1).parsed().begin())) {
                break;
            }
            String words = text.substring(t.parsed().begin(), t.parsed().end());
            Integer latest = latestYear(words);
            if (latest != null) {
                return latest;
            }
            if (i == at && (setInTimeOfWriting(words) || opensLater(words))) {
                return writtenIn(d);
            }
        }
        return writtenIn(d);
    }

    /**
     * The year the part of a sentence between semicolons that holds a word is set in, when that part mentions one
     * (« Moscou, qui arma le Derg de 1977 à 1991, salue la paix ; l'accord de 2021 … »: 1991 for the first part);
     * else null.
     */
    static Integer yearOfPart(List<String> words, int at) {
        return latestYear(partAround(words, at, Set.of(";")).replace("' ", "'"));
    }

    /** The words around a word up to the nearest break tokens on either side (not included), joined by spaces. */
    static String partAround(List<String> words, int at, Set<String> breaks) {
        int from = at;
        int to = at;
        while (from > 0 && !breaks.contains(words.get(from - 1))) {
            from--;
        }
        while (to < words.size() - 1 && !breaks.contains(words.get(to + 1))) {
            to++;
        }
        return String.join(" ", words.subList(from, to + 1));
    }

    /** Whether a blank line stands in the text between two offsets (between one sentence and the next). */
    static boolean paragraphBreak(String text, int from, int to) {
        return PARAGRAPH_BREAK.matcher(text.substring(from, to)).find();
    }

    /** The year a document was written (its date), else the latest year it mentions, else null. */
    static Integer writtenIn(Document d) {
        Integer dated = dateYear(d);
        return dated != null ? dated : latestYear(d.text());
    }

    /** The year of the document's date, or null when it has none. */
    private static Integer dateYear(Document d) {
        return d.date() != null && d.date().strip().matches("\\d{4}.*") ? Integer.valueOf(d.date().strip().substring(0, 4)) : null;
    }

    /** « Puis Hugo Chávez s'est tourné vers Moscou »: a sentence that opens on what came next is not set in the years before it. */
    private static boolean opensLater(String sentence) {
        String[] words = WORD_BREAK.split(sentence.strip().toLowerCase(Locale.ROOT), 2);
        return words.length > 0 && LATER.contains(words[0]);
    }

    private static boolean setInTimeOfWriting(String sentence) {
        String[] words = WORD_BREAK.split(sentence.toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.length; i++) {
            if (PRESENT_TIME.contains(words[i]) || i > 0 && RECENT.contains(words[i]) && DEMONSTRATIVE.contains(words[i - 1])) {
                return true;
            }
        }
        return false;
    }

    private static Integer latestYear(String text) {
        Integer latest = null;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            // « depuis 1991 », « après 1991 » tell of the time after 1991 (Russia's, not the Soviet Union's).
            // « depuis les années 1990 »: from the decade's end on; « dans les années 1990 »: its last year
            String before = text.substring(0, m.start());
            int y = Integer.parseInt(m.group(1)) + (SINCE.matcher(before).find() ? 1 : SINCE_DECADE.matcher(before).find() ? 10
                    : DECADE_START.matcher(before).find() ? 2 : DECADE.matcher(before).find() ? 9 : 0);
            latest = latest == null ? y : Math.max(latest, y);
        }
        return latest;
    }

    /**
     * The last year of the named periods a clause's words name (« à l'époque soviétique »: 1991; « depuis la fin de la
     * guerre froide »: 1992), or null. Read on the clause, not the sentence: « Moscou arme Damas depuis des décennies :
     * à l'époque soviétique, l'URSS équipait … » is about today's Moscow in its first clause.
     */
    static Integer periodYear(String clause) {
        Integer latest = null;
        for (Map.Entry<Pattern, Integer> period : PERIODS.entrySet()) {
            Matcher p = period.getKey().matcher(clause);
            while (p.find()) {
                int y = period.getValue() + (PERIOD_AFTER.matcher(clause.substring(0, p.start())).find() ? 1 : 0);
                latest = latest == null ? y : Math.max(latest, y);
            }
        }
        return latest;
    }

    private static Map<Pattern, Integer> periods() {
        Map<Pattern, Integer> out = new LinkedHashMap<>();
        for (TsvRows.Row row : TsvRows.bundled("extract/periods.tsv", 2)) {
            String words = Pattern.quote(row.cell(0)).replace("'", "\\E['’]\\Q");
            out.put(Pattern.compile("(?iu)(?<![\\p{L}])" + words + "(?![\\p{L}])"), Integer.valueOf(row.cell(1)));
        }
        return out;
    }
}
