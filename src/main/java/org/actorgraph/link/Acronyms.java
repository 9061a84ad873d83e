package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a document defines for an actor: « les Forces armées soudanaises (FAS) », « la Direction générale de
 * l'armement (DGA) » after a named body. The acronym in parentheses right after a phrase that ends with a name
 * stands for that actor; after a demonym, when the phrase is an organ (« forces », « agence », « ministère »: the
 * agent nouns of the gazetteer), for that organ's state, as a seat of power does. Every later use of the acronym
 * in the document is then a mention. So are the initials of a name of three capitalised words or more, used after
 * it without a definition (« la Belize Defence Force … la BDF »).
 *
 * <p>It reads only tokens, their offsets and their lemmas, never the parse: stage "link" runs it on the annotated
 * document, and the parse gate on the tagged one before the parser ({@link Link#listed}), so that a sentence naming
 * an actor by an acronym defined earlier is parsed whenever the graph could read it.
 */
public final class Acronyms {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,7}");
    /** How far before the demonym the organ noun may be (« Forces armées soudanaises »: two words). */
    private static final int ORGAN_DISTANCE = 3;
    /** Words a name's initials skip (« Royal Army of Oman », « Forces de défense du Botswana » has lowercase words). */
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "de", "du", "des", "la", "le", "et", "d'");

    private final Gazetteer gazetteer;

    Acronyms(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * One sentence as read here: its tokens, its offsets in the document's text, and the lemma of each token (0-based;
     * null where it has none) as stage "link" sees it.
     */
    public record Sentence(List<CoreLabel> tokens, int begin, int end, IntFunction<String> lemma) {}

    /**
     * The mentions the acronyms a document defines make, wherever it uses them after their definition; {@code listed}
     * are the gazetteer's mentions (none of them overlapped).
     */
    List<Mention> find(String text, List<Sentence> sentences, List<Mention> listed) {
        Map<String, Definition> defined = new LinkedHashMap<>();
        for (Sentence p : sentences) {
            Mention[] byToken = Link.byToken(p.tokens(), p.begin(), p.end(), listed);
            List<CoreLabel> tokens = p.tokens();
            for (int i = 1; i + 2 < tokens.size(); i++) {
                String word = tokens.get(i + 1).word();
                if (!tokens.get(i).word().equals("(") || !tokens.get(i + 2).word().equals(")")
                        || !ACRONYM.matcher(word).matches() || byToken[i + 2] != null || defined.containsKey(word)) {
                    continue;
                }
                Mention before = byToken[i];
                Actor actor = before == null ? null : standsFor(before, p, i - 1);
                if (actor != null) {
                    NameForm form = before.form() == NameForm.demonym ? NameForm.capital : before.form();
                    defined.put(word, new Definition(actor, form, tokens.get(i + 2).endPosition()));
                }
            }
        }
        for (Mention m : listed) {
            String initials = initials(m.text());
            if (initials != null && !m.actor().isWeapon() && !defined.containsKey(initials)) {
                defined.put(initials, new Definition(m.actor(), m.form(), m.end()));
            }
        }
        List<Mention> out = new ArrayList<>();
        defined.forEach((acronym, d) -> {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                int b = m.start();
                int e = m.end();
                if (b >= d.after() && listed.stream().noneMatch(x -> x.begin() < e && x.end() > b)) {
                    out.add(new Mention(b, e, acronym, d.actor(), d.form()));
                }
            }
        });
        return out;
    }

    /** The actor a phrase ending with this mention names (the token at {@code last}, 0-based, ends the phrase). */
    private Actor standsFor(Mention m, Sentence s, int last) {
        if (m.actor().isWeapon()) {
            return null;
        }
        if (m.form() != NameForm.demonym) {
            return m.actor();
        }
        for (int i = last - 1; i >= Math.max(0, last - ORGAN_DISTANCE); i--) {
            ActorKind kind = gazetteer.agentKind(s.tokens().get(i).word(), s.lemma().apply(i));
            if (kind != null) {
                return kind == ActorKind.ArmedGroup || kind == ActorKind.Company ? null : m.actor();
            }
        }
        return null;
    }

    /**
     * « la Belize Defence Force … la BDF »: the initials of a name of three or more capitalised words, which a text may
     * use without defining them; null for a shorter name.
     */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            } else if (!MINOR_WORDS.contains(w)) {
                return null;
            }
        }
        return b.length() >= 3 ? b.toString() : null;
    }

    private record Definition(Actor actor, NameForm form, int after) {}
}
