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
}
