package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/**
 * « les États-Unis, notre premier fournisseur depuis des décennies, nous ont livré huit hélicoptères »: the parser
 * takes « nous » for the subject of « ont livré » and hangs the verb on the name as a relative clause without a
 * relative pronoun. « nous » and « vous » are the subject only of a verb in the first or second person; before a verb
 * or auxiliary that can only be in the third person they are its object (« nous ont armés »), or its indirect object
 * when the verb hands something over (« nous ont livré »). The name the verb hangs on is then its subject and the verb takes the name's place in the tree.
 */
final class ObjectPronounTakenForSubject {
    /** The person a verb must be in for each pronoun to be its subject. */
    private static final Map<String, String> PERSON = Map.of("nous", "1", "vous", "2");
    private static final Set<String> HANDING_VERBS = FrenchWords.list("handing-verb");

    private ObjectPronounTakenForSubject() {}

    static void apply(SemanticGraph g) {
        for (SemanticGraphEdge toPronoun : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord pronoun = toPronoun.getDependent();
            IndexedWord verb = toPronoun.getGovernor();
            String person = PERSON.get(Syntax.lower(pronoun));
            // the word that carries the verb's person: its auxiliary, or the verb itself when it is finite
            IndexedWord finite = Syntax.firstOfVerb(g, verb);
            if (!toPronoun.getRelation().toString().equals("nsubj") || person == null
                    || finite.equals(verb) && !Morph.of(verb).finiteIndicative() || finite.index() != pronoun.index() + 1
                    || !Morph.of(finite).is("3") || Morph.of(finite).is(person)) {
                continue;
            }
            ParseRepairs.move(g, toPronoun, verb, HANDING_VERBS.contains(Morph.lemma(verb)) ? "iobj" : "obj");
            SemanticGraphEdge in = Syntax.parentEdge(g, verb);
            if (in != null && in.getRelation().toString().equals("acl:relcl") && Syntax.isNoun(in.getGovernor())
                    && in.getGovernor().index() < pronoun.index() && Syntax.child(g, verb, "nsubj") == null
                    && g.getChildren(verb).stream().noneMatch(Syntax::isRelativePronoun)) {
                ParseRepairs.promote(g, in.getGovernor(), in, "nsubj", false);
            }
        }
    }
}
