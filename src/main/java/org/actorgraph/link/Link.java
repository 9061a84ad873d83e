package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.nlp.AnnotatedDocument;
import org.actorgraph.nlp.ParsedSentence;

/**
 * Stage "link": finds the gazetteer's actors in the text and lays them over each sentence's tokens. The
 * tokens' NER labels are replaced by the gazetteer's kinds (STATE, DEMONYM, GROUP, COMPANY, WEAPON, ...), which
 * corrects CoreNLP's French NER where it errs ("Erevan" as a person) and lets rules match on them.
 */
public final class Link {
    private final MentionFinder finder;

    public Link(Gazetteer gazetteer) {
        this.finder = new MentionFinder(gazetteer);
    }

    public LinkedDocument apply(AnnotatedDocument doc) {
        List<Mention> found = finder.find(doc.document().text());
        List<LinkedSentence> sentences = new ArrayList<>(doc.sentences().size());
        for (ParsedSentence p : doc.sentences()) {
            LinkedSentence s = link(p, found);
            if (!sentences.isEmpty()) {
                s.follow(sentences.get(sentences.size() - 1));
            }
            sentences.add(s);
        }
        return new LinkedDocument(doc.document(), sentences, found);
    }

    private static LinkedSentence link(ParsedSentence parsed, List<Mention> documentMentions) {
        List<CoreLabel> tokens = parsed.tokens();
        Mention[] byToken = new Mention[tokens.size() + 1];
        String[] corenlpNer = new String[tokens.size() + 1];
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : documentMentions) {
            if (m.end() <= parsed.begin() || m.begin() >= parsed.end()) {
                continue;
            }
            mentions.add(m);
            for (CoreLabel t : tokens) {
                if (t.beginPosition() < m.end() && t.endPosition() > m.begin()) {
                    byToken[t.index()] = m;
                }
            }
        }
        for (CoreLabel t : tokens) {
            corenlpNer[t.index()] = t.ner();
            Mention m = byToken[t.index()];
            t.setNER(m == null ? "O" : nerLabel(m));
        }
        return new LinkedSentence(parsed, mentions, byToken, corenlpNer);
    }

    private static String nerLabel(Mention m) {
        return switch (m.actor().kind()) {
            case State -> m.form() == NameForm.demonym ? "DEMONYM" : "STATE";
            case InternationalOrganisation -> "ORGANISATION";
            case ArmedGroup -> "GROUP";
            case Company -> "COMPANY";
            case GovernmentBody -> "GOVERNMENT";
            case Person -> "PERSON";
            case WeaponSystem -> "WEAPON";
        };
    }
}
