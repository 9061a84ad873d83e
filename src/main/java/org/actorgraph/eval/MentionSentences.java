package org.actorgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.link.Actor;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;

/**
 * Watches the build for the sentences that name two actors or more, by what linking found (not by matching
 * strings): a company, ministry or leader counts for the state that answers for it, a weapon system for its
 * maker's state. A missed gold edge is shown with the sentences of its document that name both sides. Keeps only
 * the documents it is asked about; thread-safe (the build's analysis threads call it).
 */
public final class MentionSentences implements Consumer<AnalyzedDocument> {
    private record Named(int index, String text, Set<String> actors) {}

    private final Gazetteer gazetteer;
    private final Set<String> documents;
    private final Map<String, List<Named>> byDocument = new ConcurrentHashMap<>();

    public MentionSentences(Gazetteer gazetteer, Set<String> documents) {
        this.gazetteer = gazetteer;
        this.documents = documents;
    }

    @Override
    public void accept(AnalyzedDocument a) {
        String id = a.document().id();
        if (!documents.contains(id)) {
            return;
        }
        List<Named> kept = new ArrayList<>();
        for (LinkedSentence s : a.sentences()) {
            Set<String> actors = new TreeSet<>();
            for (Mention m : s.mentions()) {
                actors.add(m.actor().qid());
                Actor answering = m.actor().isWeapon() ? gazetteer.originOf(m.actor()) : gazetteer.accountable(m.actor());
                if (answering != null) {
                    actors.add(answering.qid());
                }
            }
            if (actors.size() > 1) {
                kept.add(new Named(s.parsed().index(),
                        a.document().text().substring(s.parsed().begin(), s.parsed().end()), actors));
            }
        }
        byDocument.put(id, kept);
    }

    /** The sentences of {@code document} that name both actors (Wikidata ids), in document order. */
    public List<Sentence> naming(String document, String a, String b) {
        return byDocument.getOrDefault(document, List.of()).stream()
                .filter(s -> s.actors().contains(a) && s.actors().contains(b))
                .map(s -> new Sentence(s.index(), s.text(), null))
                .toList();
    }
}
