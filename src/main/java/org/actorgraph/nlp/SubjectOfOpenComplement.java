package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;

/**
 * « Le gouvernement de Dacca a accusé Naypyidaw de provocations répétées »: the parser may take a participle after the
 * object for an open complement of the verb (xcomp) and the object for its subject. An open complement has no subject
 * of its own (its subject is the verb's object); a subject hung on it, between the verb and it, is the verb's object,
 * and the participle describes that object's phrase (the agreement repairs may then hang it on a noun further down).
 */
final class SubjectOfOpenComplement {
    private SubjectOfOpenComplement() {}

    static void apply(SemanticGraph g) {
        participleAfterObject(g);
        for (SemanticGraphEdge xcomp : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = xcomp.getGovernor();
            IndexedWord participle = xcomp.getDependent();
            SemanticGraphEdge subject = Syntax.childEdge(g, participle, "nsubj");
            if (!xcomp.getRelation().toString().equals("xcomp") || !"VERB".equals(verb.tag()) || !"VERB".equals(participle.tag())
                    || !Morph.of(participle).pastParticiple() || Syntax.child(g, participle, "aux") != null || subject == null
                    || subject.getDependent().index() < verb.index() || subject.getDependent().index() > participle.index()
                    || Syntax.child(g, verb, "obj") != null) {
                continue;
            }
            IndexedWord object = subject.getDependent();
            ParseRepairs.move(g, subject, verb, "obj");
            ParseRepairs.move(g, xcomp, object, "acl");
        }
    }

    /**
     * « Elle évoque les huit Super Tucano achetés à Embraer »: a bare past participle right after the verb's object,
     * without an object of its own, taken for an open complement of the verb, describes the object (it agrees with it,
     * or it is a name, whose number the tagger does not tell).
     */
    private static void participleAfterObject(SemanticGraph g) {
        for (SemanticGraphEdge xcomp : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = xcomp.getGovernor();
            IndexedWord participle = xcomp.getDependent();
            IndexedWord object = Syntax.child(g, verb, "obj");
            if (!xcomp.getRelation().toString().equals("xcomp") || !"VERB".equals(verb.tag()) || !"VERB".equals(participle.tag())
                    || !Morph.of(participle).pastParticiple() || object == null || !Syntax.isNoun(object)
                    || Syntax.child(g, participle, "aux") != null || Syntax.child(g, participle, "aux:pass") != null
                    || Syntax.child(g, participle, "nsubj") != null || Syntax.child(g, participle, "obj") != null
                    || Syntax.phraseEnd(g, object) != participle.index() - 1
                    || !"PROPN".equals(object.tag()) && !Syntax.agrees(object, participle) && (Morph.of(object).is("s") || Morph.of(object).is("p"))) {
                continue;
            }
            ParseRepairs.move(g, xcomp, object, "acl");
        }
    }
}
