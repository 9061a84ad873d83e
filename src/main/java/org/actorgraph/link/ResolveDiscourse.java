package org.actorgraph.link;

/**
 * Stage "resolve discourse": records, sentence by sentence, the states the document names and makes
 * them subjects of, so that anaphora ("le pays", "ces deux pays", "il") can be resolved to what came before.
 */
public final class ResolveDiscourse {
    private final Gazetteer gazetteer;
    private final ActorResolver resolver;

    public ResolveDiscourse(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.resolver = new ActorResolver(gazetteer);
    }

    public LinkedDocument apply(LinkedDocument doc) {
        Discourse discourse = new Discourse(doc.mainState());
        for (LinkedSentence s : doc.sentences()) {
            s.attach(discourse);
            discourse.record(s, gazetteer, resolver);
        }
        return doc;
    }
}
