package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.actorgraph.nlp.AnnotatedDocument;
import org.actorgraph.nlp.ParsedSentence;

/**
 * Stage "link": finds the gazetteer's actors in the text, the acronyms the document defines for them
 * ({@link Acronyms}), and the persons and organisations it does not list ({@link LocalActors}), and lays them over
 * each sentence's tokens. The tokens' NER labels are replaced by the actors' kinds (STATE, DEMONYM, GROUP, COMPANY,
 * WEAPON, ...), which corrects CoreNLP's French NER where it errs ("Erevan" as a person) and lets rules match on them.
 */
public final class Link {
    private final MentionFinder finder;
    private final Acronyms acronyms;
    private final LocalActors local;
    private final Gazetteer gazetteer;

    public Link(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new MentionFinder(gazetteer);
        this.acronyms = new Acronyms(gazetteer);
        this.local = new LocalActors(gazetteer);
    }

    public LinkedDocument apply(AnnotatedDocument doc) {
        List<Acronyms.Sentence> tokens = new ArrayList<>(doc.sentences().size());
        for (ParsedSentence p : doc.sentences()) {
            tokens.add(new Acronyms.Sentence(p.tokens(), p.begin(), p.end(), i -> p.tokens().get(i).lemma()));
        }
        List<Mention> listed = listed(doc.document().text(), tokens);
        Actor mainState = MainState.of(listed, gazetteer);
        List<Mention> found = new ArrayList<>(listed);
        found.addAll(local.find(doc, found));
        found.sort(Comparator.comparingInt(Mention::begin));
        List<LinkedSentence> sentences = new ArrayList<>(doc.sentences().size());
        for (ParsedSentence p : doc.sentences()) {
            LinkedSentence s = link(p, found);
            if (!sentences.isEmpty()) {
                s.follow(sentences.get(sentences.size() - 1));
            }
            sentences.add(s);
        }
        return new LinkedDocument(doc.document(), sentences, found, mainState);
    }

    /**
     * The mentions laid over the text before the names no gazetteer holds are looked for, in text order: the
     * gazetteer's, and the acronyms' the document defines for them. They need only the tokens, so the parse gate
     * ({@code pipeline.GateNames}) reads them before the parser, as this stage will.
     */
    public List<Mention> listed(String text, List<Acronyms.Sentence> sentences) {
        List<Mention> found = new ArrayList<>(finder.find(text));
        found.addAll(acronyms.find(text, sentences, found));
        found.sort(Comparator.comparingInt(Mention::begin));
        found.addAll(ShortModelNames.find(text, found));
        found.sort(Comparator.comparingInt(Mention::begin));
        return found;
    }

    /** The mention over each token of a sentence (by 1-based index; null where none). */
    static Mention[] byToken(ParsedSentence parsed, List<Mention> mentions) {
        return byToken(parsed.tokens(), parsed.begin(), parsed.end(), mentions);
    }

    /** The same for a sentence's tokens and offsets. */
    static Mention[] byToken(List<CoreLabel> tokens, int begin, int end, List<Mention> mentions) {
        Mention[] byToken = new Mention[tokens.size() + 1];
        for (Mention m : mentions) {
            if (m.end() <= begin || m.begin() >= end) {
                continue;
            }
            for (CoreLabel t : tokens) {
                if (t.beginPosition() < m.end() && t.endPosition() > m.begin()) {
                    byToken[t.index()] = m;
                }
            }
        }
        return byToken;
    }

    private static LinkedSentence link(ParsedSentence parsed, List<Mention> documentMentions) {
        List<CoreLabel> tokens = parsed.tokens();
        List<Mention> mentions = documentMentions.stream()
                .filter(m -> m.end() > parsed.begin() && m.begin() < parsed.end()).toList();
        // A local actor without a home answers to no state: it is named in the sentence but not laid over its tokens,
        // so that the phrase it is in reads as before (« le président X » stands for the state the text is about).
        Mention[] byToken = byToken(parsed, mentions.stream().filter(m -> !m.actor().isLocal() || m.actor().homeQid() != null)
                .toList());
        String[] corenlpNer = new String[tokens.size() + 1];
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
