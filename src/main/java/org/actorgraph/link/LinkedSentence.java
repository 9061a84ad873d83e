package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.nlp.ParsedSentence;

/**
 * A parsed sentence with the gazetteer mentions laid over its tokens. The tokens' NER labels are
 * replaced by the gazetteer's kinds (STATE, COMPANY, WEAPON, ...), which corrects CoreNLP's French NER
 * where it errs ("Erevan" as a person) and lets rules match on them; CoreNLP's own labels are kept.
 */
public final class LinkedSentence {
    private final ParsedSentence parsed;
    private final Mention[] mentionByToken;
    private final String[] corenlpNer;
    private final List<Mention> mentions = new ArrayList<>();
    private final Discourse discourse;

    public LinkedSentence(ParsedSentence parsed, List<Mention> documentMentions, Discourse discourse) {
        this.parsed = parsed;
        this.discourse = discourse;
        List<CoreLabel> tokens = parsed.tokens();
        this.mentionByToken = new Mention[tokens.size() + 1];
        this.corenlpNer = new String[tokens.size() + 1];
        for (Mention m : documentMentions) {
            if (m.end() <= parsed.begin() || m.begin() >= parsed.end()) {
                continue;
            }
            mentions.add(m);
            for (CoreLabel t : tokens) {
                if (t.beginPosition() < m.end() && t.endPosition() > m.begin()) {
                    mentionByToken[t.index()] = m;
                }
            }
        }
        for (CoreLabel t : tokens) {
            corenlpNer[t.index()] = t.ner();
            Mention m = mentionByToken[t.index()];
            t.setNER(m == null ? "O" : nerLabel(m));
        }
    }

    private static String nerLabel(Mention m) {
        return switch (m.actor().kind()) {
            case State -> m.form() == NameForm.demonym ? "DEMONYM" : "STATE";
            case InternationalOrganisation -> "ORGANISATION";
            case Company -> "COMPANY";
            case GovernmentBody -> "GOVERNMENT";
            case Person -> "PERSON";
            case WeaponSystem -> "WEAPON";
        };
    }

    public ParsedSentence parsed() {
        return parsed;
    }

    /** The document this sentence belongs to, as far as anaphora need it. */
    public Discourse discourse() {
        return discourse;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public Mention mentionAt(IndexedWord node) {
        return mentionAt(node.index());
    }

    public Mention mentionAt(int tokenIndex) {
        return tokenIndex > 0 && tokenIndex < mentionByToken.length ? mentionByToken[tokenIndex] : null;
    }

    /** The 1-based index of the mention's first token, or 0 when it starts after the last. */
    public int firstTokenOf(Mention m) {
        for (CoreLabel t : parsed.tokens()) {
            if (t.beginPosition() >= m.begin()) {
                return t.index();
            }
        }
        return 0;
    }

    public String corenlpNer(int tokenIndex) {
        return corenlpNer[tokenIndex];
    }
}
