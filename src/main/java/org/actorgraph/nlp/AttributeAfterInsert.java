package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * « Moscou devient, pendant une décennie, le pourvoyeur attitré de Caracas », « la France, qui restera tout au long
 * des années 1980 le deuxième fournisseur de Bagdad, … », « l'Union soviétique avait été, pendant deux décennies, le
 * principal fournisseur de … »: with an adverbial phrase between a copular verb and its attribute, the parser hangs
 * the attribute elsewhere (object of the verb before, subject of the verb after, conjunct of the phrase's noun). The
 * first noun phrase after the adverbial phrase is the attribute: the complement of « devenir », « rester », the head
 * of the clause of « être »; the adverbial phrase modifies the clause.
 */
final class AttributeAfterInsert {
    private static final Set<String> COPULAR = FrenchWords.list("copular-verb");
    private static final Set<String> FINITE_ETRE = FrenchWords.list("finite-etre");
    private static final Set<String> PARTICIPLE_AUXILIARIES = FrenchWords.list("participle-auxiliary");
    /** The tags of words an adverbial phrase between the verb and its attribute is made of. */
    private static final Set<String> ADVERBIAL_TAGS = Set.of("ADP", "DET", "NOUN", "NUM", "ADJ", "ADV", "PUNCT", "PROPN", "CCONJ");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("nsubj", "aux", "punct", "advmod", "obl", "obl:mod", "mark",
            "cc", "advcl", "parataxis");

    private AttributeAfterInsert() {}

    static void apply(SemanticGraph g) {
        copulaHungOnSubject(g);
        participialCopulaHungOnSubject(g);
        for (IndexedWord verb : new ArrayList<>(g.vertexListSorted())) {
            copulaOnInsert(g, verb);
            if (objectOfBe(g, verb)) {
                continue;
            }
            if (!COPULAR.contains(Morph.lemma(verb)) || hasAttribute(g, verb) || impersonal(g, verb)) {
                continue;
            }
            subjectTakenForHead(g, verb);
            boolean headedByBe = "AUX".equals(verb.tag()) && Syntax.child(g, verb, "nsubj") != null && !isDependentAuxiliary(g, verb);
            if (!"VERB".equals(verb.tag()) && !headedByBe) {
                continue;
            }
            IndexedWord attribute = attributeAfterInsert(g, verb);
            if (attribute == null || ParseRepairs.isBelow(g, verb, attribute)) {
                continue;
            }
            int attributeStart = firstOf(g, attribute).index();
            List<IndexedWord> insert = new ArrayList<>();
            for (IndexedWord w : g.vertexListSorted()) {
                if (w.index() > verb.index() && w.index() < attributeStart) {
                    insert.add(w);
                }
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, attribute);
            g.removeEdge(in);
            IndexedWord head = verb;
            if (headedByBe) {
                headsWithCopula(g, verb, attribute, in);
                head = attribute;
            } else {
                g.addEdge(verb, attribute, GrammaticalRelation.valueOf(in.getRelation().getLanguage(), "xcomp"), in.getWeight(), false);
            }
            rehangInsert(g, insert, verb, head);
            IndexedWord later = in.getRelation().toString().equals("nsubj") ? in.getGovernor() : finiteVerbOn(g, attribute);
            if (later != null) {
                mainVerbAfterRelative(g, verb, later);
            }
        }
    }

    /**
     * « L'Union soviétique fut, des années 1950 jusqu'à son effondrement, le grand fournisseur d'armes de Kaboul »: with
     * an insert after it, the parser hangs a finite « être » on the noun right before it as a clause, an apposition or a
     * complement (« La Chine est, de loin, le premier fournisseur »).
     * « être » heads the clause, with that noun as its subject (its attribute is found after the insert below).
     */
    private static void copulaHungOnSubject(SemanticGraph g) {
        for (IndexedWord be : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge in = Syntax.parentEdge(g, be);
            IndexedWord next = g.getNodeByIndexSafe(be.index() + 1);
            if (!"AUX".equals(be.tag()) || !FINITE_ETRE.contains(Syntax.lower(be)) || in == null
                    || !in.getRelation().toString().matches("acl|acl:relcl|appos|nmod|amod") || !Syntax.isNoun(in.getGovernor())
                    || !rightAfterPhrase(g, in.getGovernor(), be) || Syntax.child(g, be, "nsubj") != null || next == null || !",".equals(next.word())) {
                continue;
            }
            headsWithSubject(g, in);
        }
    }

    /**
     * « Ce matériel était d'origine soviétique, l'URSS ayant été, de 1977 à 1991, le principal fournisseur
     * d'Addis-Abeba »: with an insert after it, the parser hangs « ayant » on the name before it and takes « été » for
     * its object. « été » heads an absolute clause on the verb the name hung on, with the name for its subject and
     * « ayant » (or « étant ») for its auxiliary; its attribute is found after the insert as for any « être ».
     */
    private static void participialCopulaHungOnSubject(SemanticGraph g) {
        for (IndexedWord been : new ArrayList<>(g.vertexListSorted())) {
            SemanticGraphEdge toBeen = Syntax.parentEdge(g, been);
            IndexedWord participle = toBeen == null ? null : toBeen.getGovernor();
            SemanticGraphEdge toParticiple = participle == null ? null : Syntax.parentEdge(g, participle);
            IndexedWord next = g.getNodeByIndexSafe(been.index() + 1);
            if (!"été".equals(Syntax.lower(been)) || toParticiple == null || participle.index() != been.index() - 1
                    || !PARTICIPLE_AUXILIARIES.contains(Syntax.lower(participle)) || !Syntax.isNoun(toParticiple.getGovernor())
                    || !toParticiple.getRelation().toString().matches("acl|acl:relcl|appos")
                    || !rightAfterPhrase(g, toParticiple.getGovernor(), participle) || next == null || !",".equals(next.word())) {
                continue;
            }
            IndexedWord subject = toParticiple.getGovernor();
            g.removeEdge(toBeen);
            g.removeEdge(toParticiple);
            ParseRepairs.takePlace(g, subject, been, "advcl");
            g.addEdge(been, subject, GrammaticalRelation.valueOf(toBeen.getRelation().getLanguage(), "nsubj"), toBeen.getWeight(), false);
            g.addEdge(been, participle, GrammaticalRelation.valueOf(toBeen.getRelation().getLanguage(), "aux"), toBeen.getWeight(), false);
        }
    }

    /** « être », hung on the noun before it, takes the noun's place and has it for subject. */
    private static void headsWithSubject(SemanticGraph g, SemanticGraphEdge beOnNoun) {
        IndexedWord noun = beOnNoun.getGovernor();
        IndexedWord be = beOnNoun.getDependent();
        g.removeEdge(beOnNoun);
        ParseRepairs.takePlace(g, noun, be, null);
        g.addEdge(be, noun, GrammaticalRelation.valueOf(beOnNoun.getRelation().getLanguage(), "nsubj"), beOnNoun.getWeight(), false);
    }

    /** Whether every word between the noun and the word after it belongs to the noun's phrase. */
    private static boolean rightAfterPhrase(SemanticGraph g, IndexedWord noun, IndexedWord after) {
        for (int i = noun.index() + 1; i < after.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null || !ParseRepairs.isBelow(g, w, noun) || ParseRepairs.isBelow(g, w, after)) {
                return false;
            }
        }
        return noun.index() < after.index();
    }

    /**
     * « Moscou, qui a été pendant une quinzaine d'années le principal fournisseur de Caracas »: the parser makes
     * « être » the head of its clause and the attribute its object. « être » takes no object: the noun is the attribute,
     * which heads the clause with « être » as its copula. Whether it was so.
     */
    private static boolean objectOfBe(SemanticGraph g, IndexedWord be) {
        SemanticGraphEdge object = "AUX".equals(be.tag()) && "être".equals(Morph.lemma(be)) ? Syntax.childEdge(g, be, "obj") : null;
        if (object == null || !Syntax.isNoun(object.getDependent()) || object.getDependent().index() < be.index()
                || Syntax.child(g, be, "nsubj") == null || isDependentAuxiliary(g, be)) {
            return false;
        }
        g.removeEdge(object);
        headsWithCopula(g, be, object.getDependent(), object);
        return true;
    }

    /**
     * « c'est la France qui fut, dans les années 1950 et 1960, le principal fournisseur d'Israël »: the parser makes the
     * inserted phrase the attribute, « être » its copula. A phrase with a preposition, after a comma, is the insert:
     * « être » heads the clause again (with the subject and what else came before it), the phrase hangs on it, and the
     * attribute after the insert is found as for any copular verb. So too an adverb right after « être » and before a
     * comma (« Les États-Unis sont désormais, de loin, le premier fournisseur »).
     */
    private static void copulaOnInsert(SemanticGraph g, IndexedWord be) {
        SemanticGraphEdge in = Syntax.parentEdge(g, be);
        IndexedWord next = g.getNodeByIndexSafe(be.index() + 1);
        IndexedWord phrase = in == null ? null : in.getGovernor();
        // « sont désormais, de loin, le premier fournisseur »: or an adverb right after « être », before a comma
        IndexedWord afterAdverb = next == null ? null : g.getNodeByIndexSafe(next.index() + 1);
        boolean adverb = next != null && next.equals(phrase) && "ADV".equals(next.tag()) && afterAdverb != null && ",".equals(afterAdverb.word());
        if (in == null || !in.getRelation().toString().equals("cop") || !"être".equals(Morph.lemma(be)) || next == null
                || !adverb && (!",".equals(next.word()) || phrase.index() < be.index() || Syntax.child(g, phrase, "case") == null)) {
            return;
        }
        g.removeEdge(in);
        ParseRepairs.takePlace(g, phrase, be, null);
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(phrase))) {
            if (e.getDependent().index() < be.index() && CLAUSE_RELATIONS.contains(e.getRelation().toString())) {
                ParseRepairs.move(g, e, be, e.getRelation().toString());
            }
        }
        g.addEdge(be, phrase, GrammaticalRelation.valueOf(in.getRelation().getLanguage(), "obl:mod"), in.getWeight(), false);
    }

    /**
     * The attribute (already cut from where the parser hung it, by {@code cut}) takes the place of « être », with its
     * clause's dependents, and « être » becomes its copula.
     */
    private static void headsWithCopula(SemanticGraph g, IndexedWord be, IndexedWord attribute, SemanticGraphEdge cut) {
        ParseRepairs.takePlace(g, be, attribute, null);
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(be))) {
            if (CLAUSE_RELATIONS.contains(e.getRelation().toString())) {
                ParseRepairs.move(g, e, attribute, e.getRelation().toString());
            }
        }
        g.addEdge(attribute, be, GrammaticalRelation.valueOf(cut.getRelation().getLanguage(), "cop"), cut.getWeight(), false);
    }

    /**
     * « Les États-Unis sont, depuis 2006, le principal fournisseur de l'armée libanaise »: the parser makes the subject
     * the head of the sentence and « être », right after it, its modifier. A form of « être » without subject, right
     * after the noun it hangs on and followed by a comma, has that noun for its subject.
     */
    private static void subjectTakenForHead(SemanticGraph g, IndexedWord be) {
        SemanticGraphEdge in = Syntax.parentEdge(g, be);
        IndexedWord next = g.getNodeByIndexSafe(be.index() + 1);
        if (in == null || !"AUX".equals(be.tag()) || !"être".equals(Morph.lemma(be)) || !in.getRelation().toString().startsWith("acl")
                || Syntax.child(g, be, "nsubj") != null || next == null || !",".equals(next.word())
                || !precedesAtOnce(g, in.getGovernor(), be) || !Syntax.isNoun(in.getGovernor())
                || g.getChildren(be).stream().anyMatch(Syntax::isRelativePronoun)) {
            return;
        }
        headsWithSubject(g, in);
    }

    /** « Les États-Unis sont »: the word before {@code next} is the noun or the last part of its name. */
    private static boolean precedesAtOnce(SemanticGraph g, IndexedWord noun, IndexedWord next) {
        IndexedWord before = g.getNodeByIndexSafe(next.index() - 1);
        return before != null && (before.equals(noun) || noun.equals(g.getParent(before))
                && Syntax.parentEdge(g, before).getRelation().toString().startsWith("flat"));
    }

    /**
     * « La France, qui restera … le deuxième fournisseur de Bagdad, lui livre des Mirage »: the verb that had taken the
     * attribute for its subject, hung under the relative clause, is the main verb, and the relative's noun its subject.
     */
    private static void mainVerbAfterRelative(SemanticGraph g, IndexedWord relativeVerb, IndexedWord main) {
        SemanticGraphEdge relative = Syntax.parentEdge(g, relativeVerb);
        SemanticGraphEdge toMain = Syntax.parentEdge(g, main);
        if (relative == null || !relative.getRelation().toString().equals("acl:relcl") || toMain == null
                || !"VERB".equals(main.tag()) || Syntax.child(g, main, "nsubj") != null) {
            return;
        }
        IndexedWord noun = relative.getGovernor();
        if (Syntax.parentEdge(g, noun) != null) {
            return;
        }
        ParseRepairs.move(g, toMain, noun, "dep");
        ParseRepairs.promote(g, noun, Syntax.parentEdge(g, main), "nsubj", false);
    }

    /** « le premier fournisseur de Caracas, lui livre »: a finite verb after a comma that the parser hung on the noun. */
    private static IndexedWord finiteVerbOn(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(noun)) {
            IndexedWord v = e.getDependent();
            if (e.getRelation().toString().startsWith("acl") && "VERB".equals(v.tag()) && Morph.of(v).reads("ind")
                    && Syntax.precededBy(g, firstOf(g, v).index(), ",")) {
                return v;
            }
        }
        return null;
    }

    /**
     * The words of the adverbial phrase whose governor lies outside it (or is a comma) hang on the clause's head: the
     * phrase's noun as an oblique, its adverbs as adverbs, its commas as punctuation.
     */
    private static void rehangInsert(SemanticGraph g, List<IndexedWord> insert, IndexedWord verb, IndexedWord head) {
        for (IndexedWord w : insert) {
            SemanticGraphEdge in = Syntax.parentEdge(g, w);
            if (in == null) {
                continue;
            }
            IndexedWord gov = in.getGovernor();
            boolean outside = !insert.contains(gov) || "PUNCT".equals(gov.tag());
            if (!outside || gov.equals(head) || gov.equals(verb) && head.equals(verb) || ParseRepairs.isBelow(g, head, w)) {
                continue;
            }
            String rel = "PUNCT".equals(w.tag()) ? "punct" : "ADV".equals(w.tag()) ? "advmod" : Syntax.isNoun(w) ? "obl:mod" : "dep";
            ParseRepairs.move(g, in, head, rel);
        }
    }

    /**
     * The noun with its article that comes after an adverbial phrase right after the verb, hung elsewhere than on the
     * verb, or null.
     */
    private static IndexedWord attributeAfterInsert(SemanticGraph g, IndexedWord verb) {
        List<IndexedWord> words = g.vertexListSorted();
        int start = words.indexOf(verb) + 1;
        if (start >= words.size()) {
            return null;
        }
        IndexedWord first = words.get(start);
        if (!",".equals(first.word()) && !"ADP".equals(first.tag()) && !"ADV".equals(first.tag())) {
            return null;
        }
        boolean sawInsertWord = false;
        for (int i = start; i < words.size(); i++) {
            IndexedWord w = words.get(i);
            boolean fixed = Syntax.parentEdge(g, w) != null && Syntax.parentEdge(g, w).getRelation().toString().equals("fixed");
            if (!ADVERBIAL_TAGS.contains(w.tag()) && !fixed || ";".equals(w.word()) || ":".equals(w.word()) || ".".equals(w.word())) {
                return null;
            }
            if ("DET".equals(w.tag()) && sawInsertWord && (",".equals(words.get(i - 1).word()) || insertEndsBefore(words, start, i))) {
                SemanticGraphEdge det = Syntax.parentEdge(g, w);
                IndexedWord noun = det == null ? null : det.getGovernor();
                if (noun == null || !det.getRelation().toString().startsWith("det") || !Syntax.isNoun(noun) || noun.index() < w.index()
                        || Syntax.child(g, noun, "case") != null) {
                    return null;
                }
                SemanticGraphEdge nounIn = Syntax.parentEdge(g, noun);
                return nounIn == null || nounIn.getGovernor().equals(verb) ? null : noun;
            }
            sawInsertWord |= !"PUNCT".equals(w.tag());
        }
        return null;
    }

    /**
     * Whether the words from {@code start} to before {@code det} are prepositional or adverbial phrases complete in
     * themselves (« tout au long des années 1980 »): the last noun there is not the determiner's.
     */
    private static boolean insertEndsBefore(List<IndexedWord> words, int start, int det) {
        IndexedWord opening = words.get(start);
        IndexedWord before = words.get(det - 1);
        return ("ADP".equals(opening.tag()) || "ADV".equals(opening.tag())) && (Syntax.isNoun(before) || "NUM".equals(before.tag()));
    }

    /** The first word of a phrase, punctuation included (unlike {@link Syntax#phraseStart}): where the phrase begins. */
    private static IndexedWord firstOf(SemanticGraph g, IndexedWord noun) {
        IndexedWord first = noun;
        for (IndexedWord d : g.getChildren(noun)) {
            if (d.index() < first.index()) {
                first = d;
            }
        }
        return first;
    }

    private static boolean hasAttribute(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            // A verb the parser hung there is no attribute (« qui restera … le fournisseur de Caracas, lui livre »), nor
            // a clitic before the verb (« n'en restait pas moins, depuis 1916, le fournisseur »).
            boolean clitic = "PRON".equals(e.getDependent().tag()) && e.getDependent().index() < verb.index();
            if (rel.equals("obj") && !clitic || rel.equals("xcomp") && !"VERB".equals(e.getDependent().tag())) {
                return true;
            }
        }
        return g.getIncomingEdgesSorted(verb).stream().anyMatch(e -> e.getRelation().toString().equals("cop"));
    }

    /** « il reste, à ce jour, des stocks »: an impersonal subject, whose noun after the verb is no attribute. */
    private static boolean impersonal(SemanticGraph g, IndexedWord verb) {
        IndexedWord subject = Syntax.child(g, verb, "nsubj");
        return subject != null && "il".equals(Syntax.lower(subject)) && "rester".equals(Morph.lemma(verb));
    }

    private static boolean isDependentAuxiliary(SemanticGraph g, IndexedWord aux) {
        return g.getIncomingEdgesSorted(aux).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux") || e.getRelation().toString().equals("cop"));
    }
}
