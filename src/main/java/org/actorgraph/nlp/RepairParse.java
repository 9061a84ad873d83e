package org.actorgraph.nlp;

/** Stage "repair parse": fixes the parser's systematic errors ({@link ParseRepairs}) in every parsed sentence. */
public final class RepairParse {
    public AnnotatedDocument apply(AnnotatedDocument doc) {
        for (ParsedSentence s : doc.sentences()) {
            if (s.isParsed()) {
                ParseRepairs.apply(s.graph());
            }
        }
        return doc;
    }
}
