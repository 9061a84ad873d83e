package org.actorgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weapon's model code used alone once the document has named the weapon in full: « Le Mirage F1 … l'Afrique du Sud
 * reçoit ses premiers F1CZ », « le Qatar avait acheté ses F1 ». The code is the full name's last word when it mixes
 * letters and digits (« F1 », « PAC-3 », not « 2000 »); a later word that is the code, or the code and a variant's
 * suffix of up to four capitals and digits, names the weapon (the tokenizer splits « F1CZ », so the text is read).
 *
 * <p>Like {@link Acronyms}, it reads only the text and the mentions, so the parse gate finds these before the parser.
 */
final class ShortModelNames {
    private static final Pattern CODE = Pattern.compile("(?=.*\\p{L})(?=.*\\d)[\\p{L}\\d]+(?:-[\\p{L}\\d]+)?");

    private ShortModelNames() {}

    /** The mentions the model codes of {@code listed} weapons make in {@code text} after the weapon's first full name. */
    static List<Mention> find(String text, List<Mention> listed) {
        Map<String, Mention> codes = new LinkedHashMap<>();
        for (Mention m : listed) {
            String[] words = m.text().split("\\s+");
            String last = words[words.length - 1];
            if (m.actor().isWeapon() && words.length >= 2 && CODE.matcher(last).matches()) {
                codes.putIfAbsent(last, m);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Map.Entry<String, Mention> c : codes.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(c.getKey()) + "[\\p{Lu}\\d]{0,4}(?![\\p{L}\\d])").matcher(text);
            while (m.find()) {
                int begin = m.start();
                int end = m.end();
                if (begin >= c.getValue().end() && listed.stream().noneMatch(x -> x.begin() < end && begin < x.end())) {
                    out.add(new Mention(begin, end, m.group(), c.getValue().actor(), NameForm.name));
                }
            }
        }
        return out;
    }
}
