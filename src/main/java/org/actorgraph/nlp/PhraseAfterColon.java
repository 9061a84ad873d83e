package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Part of {@link ParseRepairs}: « Derrière Prague se tenait Moscou : de 1955 à 1972, l'Union soviétique a armé
 * l'Égypte »: the parser hangs the clause before the colon on the verb after it, and the phrase that opens the second
 * clause on the first. A phrase after a colon or a semicolon, before the verb that governs its own governor, belongs
 * to that verb.
 */
final class PhraseAfterColon {
    private static final Set<String> PHRASES = Set.of("obl", "obl:mod", "advmod");
    private static final Set<String> BREAKS = Set.of(":", ";");

    private PhraseAfterColon() {}

    static void apply(SemanticGraph g) {
        clauseBeforeSemicolon(g);
        subjectAfterColon(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord first = e.getGovernor();
            IndexedWord phrase = e.getDependent();
            SemanticGraphEdge up = Syntax.parentEdge(g, first);
            if (!PHRASES.contains(e.getRelation().toString()) || up == null || !"VERB".equals(first.tag())) {
                continue;
            }
            IndexedWord second = up.getGovernor();
            if ("VERB".equals(second.tag()) && first.index() < phrase.index() && phrase.index() < second.index()
                    && Syntax.wordBetween(g, first, g.getNodeByIndexSafe(Syntax.phraseStart(g, phrase)), BREAKS)) {
                ParseRepairs.move(g, e, second, e.getRelation().toString());
            }
        }
    }

    /**
     * « Cette dépendance prend fin avec l'arrivée de Suharto : Washington, qui s'impose …, cède des OV-10 »: the
     * parser hangs the name that opens the clause after a colon on a noun before it, and that clause's verb, which
     * has no subject, on the verb before the colon. A name right after the colon, followed by nothing but its own
     * phrase up to such a verb, is that verb's subject.
     */
    private static void subjectAfterColon(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getDependent();
            String rel = e.getRelation().toString();
            if (!rel.equals("appos") && !rel.equals("nmod") || !"PROPN".equals(name.tag()) || Syntax.child(g, name, "case") != null
                    || !Syntax.precededBy(g, Syntax.phraseStart(g, name), ":")) {
                continue;
            }
            int end = Syntax.phraseEnd(g, name);
            IndexedWord next = g.getNodeByIndexSafe(end + 1);
            IndexedWord verb = next != null && next.word().equals(",") ? g.getNodeByIndexSafe(end + 2) : next;
            SemanticGraphEdge in = verb == null ? null : Syntax.parentEdge(g, verb);
            if (in == null || !"VERB".equals(verb.tag()) || Syntax.child(g, verb, "nsubj") != null
                    || !in.getRelation().toString().matches("conj|parataxis") || in.getGovernor().index() > name.index()) {
                continue;
            }
            ParseRepairs.move(g, in, in.getGovernor(), "parataxis");
            ParseRepairs.move(g, e, verb, "nsubj");
            SemanticGraphEdge cc = Syntax.childEdge(g, verb, "cc");
            if (cc != null) {
                g.removeEdge(cc);
            }
        }
    }

    /**
     * « Le texte est sans ambiguïté : Alger accuse Rabat de menées subversives »: the parser reads the two clauses
     * as one, the verb after the colon taking the subject and the auxiliary before it (and so a passive with two
     * subjects). A verb with a subject on each side of a colon governs only what follows the colon; what comes before
     * is a clause of its own, headed by its last predicate word, which the verb has as a parataxis.
     */
    static void clauseBeforeColon(SemanticGraph g) {
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            if (!"VERB".equals(verb.tag())) {
                continue;
            }
            IndexedWord colon = lastBreakBefore(g, verb);
            if (colon == null) {
                continue;
            }
            List<SemanticGraphEdge> before = new ArrayList<>();
            boolean subjectAfter = false;
            for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
                int i = e.getDependent().index();
                if (i < colon.index()) {
                    before.add(e);
                } else if (i < verb.index() && e.getRelation().toString().startsWith("nsubj")) {
                    subjectAfter = true;
                }
            }
            boolean subjectBefore = before.stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
            SemanticGraphEdge toHead = before.stream().filter(e -> !e.getRelation().toString().startsWith("nsubj")
                    && Set.of("NOUN", "ADJ", "PROPN", "VERB").contains(e.getDependent().tag()))
                    .reduce((a, b) -> b.getDependent().index() > a.getDependent().index() ? b : a).orElse(null);
            if (!subjectAfter || !subjectBefore || toHead == null) {
                continue;
            }
            IndexedWord head = toHead.getDependent();
            for (SemanticGraphEdge e : before) {
                if (e != toHead) {
                    String rel = e.getRelation().toString();
                    ParseRepairs.move(g, e, head, rel.equals("nsubj:pass") ? "nsubj" : rel.equals("aux:pass") ? "cop" : rel);
                }
            }
            ParseRepairs.move(g, toHead, verb, "parataxis");
            if (Syntax.child(g, verb, "aux:pass") == null) {
                for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                    if (e.getRelation().toString().equals("nsubj:pass")) {
                        ParseRepairs.move(g, e, verb, "nsubj");
                    }
                }
                SemanticGraphEdge attribute = Syntax.childEdge(g, verb, "xcomp");
                if (attribute != null && Syntax.isNoun(attribute.getDependent()) && Syntax.child(g, verb, "obj") == null
                        && attribute.getDependent().index() > verb.index()) {
                    ParseRepairs.move(g, attribute, verb, "obj");
                }
            }
        }
    }

    /** The colon between the start of the sentence and {@code verb}, nearest to the verb, or null. */
    private static IndexedWord lastBreakBefore(SemanticGraph g, IndexedWord verb) {
        IndexedWord colon = null;
        for (IndexedWord w : g.vertexListSorted()) {
            if (w.index() < verb.index() && w.word().equals(":")) {
                colon = w;
            }
        }
        return colon;
    }

    /**
     * « Washington et Londres accusèrent la Libye … ; Tripoli rejeta ces accusations »: a clause before a semicolon
     * that the parser hung on the verb after it, as a modifier, is a clause of its own, which that verb does not
     * govern (it does not deny it).
     */
    private static void clauseBeforeSemicolon(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord first = e.getDependent();
            IndexedWord second = e.getGovernor();
            if (e.getRelation().toString().matches("acl|advcl|ccomp") && "VERB".equals(first.tag()) && first.index() < second.index()
                    && g.getChildren(first).stream().anyMatch(c -> c.word().equals(";") && c.index() < second.index())) {
                // hung on the next clause's subject, it goes to that clause's verb
                SemanticGraphEdge up = Syntax.parentEdge(g, second);
                boolean subject = up != null && up.getRelation().toString().startsWith("nsubj");
                ParseRepairs.move(g, e, subject ? up.getGovernor() : second, "parataxis");
            }
        }
    }
}
