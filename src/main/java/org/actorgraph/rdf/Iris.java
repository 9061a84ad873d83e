package org.actorgraph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The IRIs ActorGraph mints. A document's IRI is also the name of its graph. */
public final class Iris {
    private Iris() {}

    public static String document(String id) {
        return AG.ID + "doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String sentence(String docId, int index) {
        return document(docId) + "/sentence/" + index;
    }

    public static String event(String docId, int n) {
        return document(docId) + "/event/" + n;
    }

    /** The k-th item (0-based) of the n-th event of a document. */
    public static String item(String docId, int n, int k) {
        return event(docId, n) + "/item/" + k;
    }

    public static String actor(String qid) {
        return AG.ID + "actor/" + qid;
    }
}
