package org.actorgraph.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Set;

/**
 * An object that comes after an adverbial phrase, which the parser then hangs on that phrase instead of the verb:
 * a name after a preposition with a bare noun (« Luanda accuse sans relâche Pretoria de … », read as an apposition
 * of « relâche »), a noun phrase after a time phrase between commas (« a reçu de la Russie, ces dernières années,
 * vingt-quatre chasseurs », read as a parataxis). Either becomes the object of a verb that has none. An « à »
 * complement hung on such a bare noun is the verb's (« achetés d'occasion à l'Allemagne »). An object right after a
 * name that is an oblique is no apposition of the name; a participle saying what the object holds (« portant sur »)
 * is the object's.
 */
final class ObjectAfterAdverbial {
    private static final Set<String> ADVERBIAL_QUANTIFIERS = FrenchWords.list("adverbial-quantifier");
    private static final Set<String> ADVERBIAL_A_NOUNS = FrenchWords.list("adverbial-a-noun");
    private static final Set<String> TIME_NOUNS = FrenchWords.list("repair-time-noun");
    private static final Set<String> MONTHS = FrenchWords.list("month");
    /** « auprès du secrétaire général Annan »: a name after a title in an addressee's phrase is the title's. */
    private static final Set<String> ADDRESSEE = FrenchWords.list("addressee-case");
    private static final Set<String> DATIVE = FrenchWords.list("dative-case");
    private static final Set<String> CONTENT_VERBS = FrenchWords.list("content-verb");
    private static final Set<String> SANS_NOUNS = FrenchWords.list("sans-noun");
    private static final Set<String> SUPPLIER_NOUNS = FrenchWords.list("supplier-noun");
    private static final Set<String> COPULAR = FrenchWords.list("copular-verb");
    private static final Set<String> POSSESSIVE_LOCUTIONS = FrenchWords.list("possessive-locution-noun");
    private static final Set<String> ARTICLE_LOCUTIONS = FrenchWords.list("article-locution-noun");
    private static final Set<String> MANNER_CASES = FrenchWords.list("manner-case");
    private static final Set<String> ADVERBIAL_PHRASE_NOUNS = FrenchWords.list("adverbial-phrase-noun");
    /** « de » without its contracted forms, of a ruler's name (« l'Éthiopie de Mengistu »). */
    private static final Set<String> DE = FrenchWords.list("de-case");
    private static final Set<String> ARTICLE_LOCUTION_RELATIONS = Set.of("appos", "nmod", "conj");

    private ObjectAfterAdverbial() {}

    static void apply(SemanticGraph g) {
        nameTakenForAdjective(g);
        objectTakenForHeadOfAntecedent(g);
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            String rel = e.getRelation().toString();
            IndexedWord object = e.getDependent();
            if ((rel.equals("advcl") || rel.equals("xcomp")) && SANS_NOUNS.contains(Syntax.lower(object)) && Syntax.child(g, object, "mark") != null
                    && "sans".equals(Syntax.lower(Syntax.child(g, object, "mark")))) {
                nounAfterSans(g, e);
            } else if (rel.equals("appos") && "NOUN".equals(object.tag()) && "PROPN".equals(e.getGovernor().tag())) {
                objectAfterName(g, e);
            } else if (rel.equals("appos") && "NOUN".equals(object.tag()) && POSSESSIVE_LOCUTIONS.contains(Syntax.lower(e.getGovernor()))) {
                objectAfterLocution(g, e);
            } else if (ARTICLE_LOCUTION_RELATIONS.contains(rel) && ARTICLE_LOCUTIONS.contains(Syntax.lower(e.getGovernor()))) {
                complementAfterArticleLocution(g, e);
            } else if (rel.equals("appos") && "NOUN".equals(object.tag()) && ADVERBIAL_PHRASE_NOUNS.contains(Morph.lemma(e.getGovernor()))) {
                objectAfterAdverbialPhrase(g, e);
            } else if (rel.equals("appos") && "NOUN".equals(object.tag()) && "NOUN".equals(e.getGovernor().tag())) {
                objectAfterIncidental(g, e);
            } else if (rel.equals("advcl") && CONTENT_VERBS.contains(Morph.lemma(object)) && Morph.of(object).presentParticiple()) {
                contentOfObject(g, e);
            } else if (rel.equals("appos") && "NUM".equals(e.getGovernor().tag())
                    && ("PROPN".equals(object.tag()) || "NOUN".equals(object.tag()) && Syntax.child(g, object, "det") != null
                            || bareList(g, object))) {
                if (!countedAfterYear(g, e) && "NOUN".equals(object.tag())) { // « a livré entre 2014 et 2016 six Super Puma »
                    phraseAfterTimePhrase(g, e);
                }
            } else if ((rel.equals("appos") || rel.equals("flat:name") && "NOUN".equals(e.getGovernor().tag())
                    || rel.equals("nmod") && Syntax.child(g, object, "case") == null) && "PROPN".equals(object.tag())) {
                nameAfterBareNoun(g, e);
            } else if (rel.equals("nmod") && Syntax.hasCaseOrMark(g, object, DATIVE)
                    && ("PROPN".equals(object.tag()) || adverbialPhrase(g, e.getGovernor()) && firstComplement(g, e))) {
                complementAfterBareNoun(g, e);
            } else if (rel.equals("nmod") && Syntax.isPartitive(g, object)) {
                partitiveAfterBareNoun(g, e);
            } else if ((rel.equals("parataxis") || rel.equals("appos") || rel.equals("dep")) && Syntax.isNoun(object)) {
                phraseAfterTimePhrase(g, e);
            } else if (rel.equals("obj") && Syntax.isNoun(object) && Syntax.child(g, object, "det") != null
                    && Syntax.precededBy(g, Syntax.phraseStart(g, object), ",")) {
                // « le climat reste tendu depuis que Trudeau a mis en cause, en septembre 2023, des agents »: the object
                // of the verb before the time phrase, which the parser gave to the main verb
                phraseAfterTimePhrase(g, e);
            } else if (rel.equals("xcomp") && Syntax.isNoun(object)) {
                objectTakenForAttribute(g, e);
            } else if (rel.equals("conj") && Syntax.isNoun(object) && Syntax.child(g, object, "det") != null && !Syntax.isCopularClause(g, object)) {
                objectTakenForEarlierConjunct(g, e);
            } else if (rel.equals("obl") && Syntax.isNoun(object) && Syntax.child(g, object, "case") == null
                    && "VERB".equals(e.getGovernor().tag()) && Morph.of(e.getGovernor()).pastParticiple()
                    && !countedAfterInsert(g, e)) {
                objectAfterParticipialInsert(g, e);
            }
        }
    }

    /**
     * « et la Turquie, qui lui a livré en 2020 les drones Bayraktar. »: with a time phrase before it, the parser makes
     * the object of a relative clause the head above the clause's antecedent, as if the antecedent were its subject. The
     * noun is the object of the relative verb (which has none), and the antecedent takes its place.
     */
    private static void objectTakenForHeadOfAntecedent(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getGovernor();
            IndexedWord antecedent = e.getDependent();
            IndexedWord verb = Syntax.child(g, antecedent, "acl:relcl");
            if (!e.getRelation().toString().startsWith("nsubj") || !"NOUN".equals(noun.tag()) || !Syntax.isNoun(antecedent)
                    || verb == null || !"VERB".equals(verb.tag()) || verb.index() > noun.index() || Syntax.child(g, verb, "obj") != null
                    || Syntax.child(g, noun, "cop") != null) {
                continue;
            }
            IndexedWord relative = Syntax.child(g, verb, "nsubj");
            relative = relative != null ? relative : Syntax.child(g, verb, "nsubj:pass");
            int start = g.outgoingEdgeList(noun).stream().filter(d -> d.getRelation().toString().matches("det|amod|nummod"))
                    .mapToInt(d -> d.getDependent().index()).filter(i -> i > verb.index()).min().orElse(noun.index());
            boolean between = g.vertexSet().stream().filter(w -> w.index() > verb.index() && w.index() < start)
                    .allMatch(w -> ParseRepairs.isBelow(g, w, verb));
            if (relative == null || !Syntax.isRelativePronoun(relative) || !between) {
                continue;
            }
            g.removeEdge(e);
            ParseRepairs.takePlace(g, noun, antecedent, null);
            for (SemanticGraphEdge before : new ArrayList<>(g.outgoingEdgeList(noun))) {
                if (before.getDependent().index() < antecedent.index()) {
                    ParseRepairs.move(g, before, antecedent, before.getRelation().toString());
                }
            }
            g.addEdge(verb, noun, GrammaticalRelation.valueOf(e.getRelation().getLanguage(), "obj"), e.getWeight(), false);
        }
    }

    /**
     * « accuse sans relâche Pretoria », « accuse à juste titre Téhéran »: PROPN appos (or part of the name: « accusait
     * sans relâche Téhéran », or a complement without preposition: « condamne sans détour Israël ») of a determinerless
     * noun with a preposition, oblique of a verb.
     */
    private static void nameAfterBareNoun(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord noun = e.getGovernor();
        IndexedWord verb = Syntax.verbOfOblique(g, noun);
        boolean quantified = Syntax.child(g, noun, "det") != null;
        boolean adverbial = quantified || ADVERBIAL_A_NOUNS.contains(Morph.lemma(noun))
                || !Syntax.hasCaseOrMark(g, noun, ADDRESSEE) && !Syntax.hasCaseOrMark(g, noun, DATIVE);
        if (verb != null && bare(g, noun) && adverbial
                && verb.index() < noun.index() && Syntax.child(g, verb, "obj") == null) {
            ParseRepairs.move(g, e, verb, "obj");
        }
    }

    /**
     * « Baykar a conclu avec l'Arabie saoudite le plus important contrat … »: a noun with its article right after a name
     * that is an oblique of a verb without object, with no comma between them, is no apposition but the object.
     */
    private static void objectAfterName(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord name = e.getGovernor();
        IndexedWord noun = e.getDependent();
        IndexedWord verb = Syntax.verbOfOblique(g, name);
        if (verb != null && verb.index() < name.index() && Syntax.child(g, verb, "obj") == null
                && Syntax.child(g, noun, "det") != null && !Syntax.wordBetween(g, name, noun, Set.of(","))) {
            ParseRepairs.move(g, e, verb, "obj");
        } else {
            // « a signé en juillet 2024, conjointement avec les Pays-Bas, un contrat avec Embraer »: after a name between commas
            objectAfterIncidental(g, e);
        }
    }

    /**
     * « Washington équipait de longue date les forces armées du pays »: a noun phrase right after an adverbial phrase
     * (french-words adverbial-phrase-noun), hung on it as an apposition, is the object of a verb without one.
     */
    private static void objectAfterAdverbialPhrase(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord phrase = e.getGovernor();
        IndexedWord verb = Syntax.verbOfOblique(g, phrase);
        if (verb != null && verb.index() < phrase.index() && Syntax.child(g, verb, "obj") == null
                && Syntax.child(g, phrase, "case") != null && Syntax.child(g, e.getDependent(), "det") != null) {
            ParseRepairs.move(g, e, verb, "obj");
        }
    }

    /**
     * « le Conseil de sécurité condamne, par sa résolution 387, l'agression commise … »: a noun phrase after an
     * incidental prepositional phrase between commas, hung on it as an apposition, is the object of a verb without one.
     */
    private static void objectAfterIncidental(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord phrase = e.getGovernor();
        IndexedWord noun = e.getDependent();
        // « a signé jeudi, en présence du président français, un contrat »: the apposition hangs on the phrase's complement
        for (SemanticGraphEdge up = Syntax.parentEdge(g, phrase); up != null && up.getRelation().toString().equals("nmod");
                up = Syntax.parentEdge(g, phrase)) {
            phrase = up.getGovernor();
        }
        IndexedWord verb = Syntax.verbOfOblique(g, phrase);
        IndexedWord before = g.getNodeByIndexSafe(Syntax.phraseStart(g, phrase) - 1);
        IndexedWord comma = g.getNodeByIndexSafe(Syntax.phraseStart(g, noun) - 1);
        // (« nourrie, sous le Derg, par l'Union soviétique, longtemps son unique grand pourvoyeur d'armes »: a supplier
        // noun says who the phrase's actor is, and stays its apposition, unless a copular verb needs it for attribute:
        // « le Royaume-Uni demeure, depuis la fondation de l'État, le fournisseur historique »)
        boolean describesPhrase = SUPPLIER_NOUNS.contains(Morph.lemma(noun)) && verb != null && !COPULAR.contains(Morph.lemma(verb));
        if (verb != null && !describesPhrase && Syntax.child(g, verb, "obj") == null && Syntax.child(g, phrase, "case") != null
                && Syntax.child(g, noun, "det") != null && before != null && before.word().equals(",")
                && comma != null && comma.word().equals(",") && verb.index() < phrase.index()) {
            ParseRepairs.move(g, e, verb, "obj");
        }
    }

    /**
     * « a acheté en 2022, auprès du chantier italien Fincantieri, deux corvettes neuves »: a counted noun without a
     * preposition after an insert between commas, which the parser reads as an oblique of the verb, is its object
     * (not a time phrase: « a livré, trois jours plus tard, … »). Whether it was so.
     */
    private static boolean countedAfterInsert(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord verb = e.getGovernor();
        IndexedWord noun = e.getDependent();
        IndexedWord count = Syntax.child(g, noun, "nummod");
        if (count == null || count.index() > noun.index() || TIME_NOUNS.contains(Morph.lemma(noun)) || MONTHS.contains(Syntax.lower(noun))
                || verb.index() > noun.index() || Syntax.child(g, verb, "obj") != null
                || !Syntax.precededBy(g, Syntax.phraseStart(g, noun), ",")) {
            return false;
        }
        ParseRepairs.move(g, e, verb, "obj");
        return true;
    }

    /**
     * « la Slovénie avait commandé au constructeur finlandais Patria, contrôlé par l'État finlandais, plus d'une
     * centaine de véhicules blindés »: a noun phrase without a preposition after a participle between commas that
     * describes the verb's complement (or that the parser hung on the verb), hung on the participle, is the object of
     * a verb without one.
     */
    private static void objectAfterParticipialInsert(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord participle = e.getGovernor();
        IndexedWord noun = e.getDependent();
        SemanticGraphEdge toParticiple = Syntax.parentEdge(g, participle);
        if (toParticiple == null) {
            return;
        }
        // on the complement it describes, or, as the parser may have it, on the verb
        IndexedWord verb = toParticiple.getRelation().toString().equals("advcl") ? toParticiple.getGovernor()
                : toParticiple.getRelation().toString().equals("acl") ? Syntax.verbOfOblique(g, toParticiple.getGovernor()) : null;
        if (verb == null || !"VERB".equals(verb.tag())) {
            return;
        }
        if (Syntax.child(g, verb, "obj") == null && verb.index() < participle.index() && Syntax.precededBy(g, participle.index(), ",")
                && Syntax.precededBy(g, Syntax.yieldStart(g, noun), ",")
                && (Syntax.child(g, noun, "det") != null || Syntax.child(g, noun, "nummod") != null)) {
            ParseRepairs.move(g, e, verb, "obj");
        }
    }

    /**
     * « livre massivement à l'Éthiopie de Mengistu chars, avions et artillerie »: the parser may read the ruler's name
     * as an adjective of the bare noun after it, and hang that noun with the name's « de » on the country. The name is
     * the country's complement; the bare noun, with its conjuncts, is the object of a verb without one.
     */
    private static void nameTakenForAdjective(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord name = e.getDependent();
            IndexedWord noun = e.getGovernor();
            SemanticGraphEdge toNoun = Syntax.parentEdge(g, noun);
            SemanticGraphEdge de = Syntax.childEdge(g, noun, "case");
            if (!e.getRelation().toString().equals("amod") || !"PROPN".equals(name.tag()) || name.index() != noun.index() - 1
                    || toNoun == null || !toNoun.getRelation().toString().equals("nmod") || !"PROPN".equals(toNoun.getGovernor().tag())
                    || de == null || !DE.contains(Syntax.lower(de.getDependent())) || Syntax.child(g, noun, "det") != null) {
                continue;
            }
            IndexedWord country = toNoun.getGovernor();
            SemanticGraphEdge toCountry = Syntax.parentEdge(g, country);
            IndexedWord verb = toCountry == null || !toCountry.getRelation().toString().startsWith("obl") ? null : toCountry.getGovernor();
            if (verb == null || !"VERB".equals(verb.tag()) || Syntax.child(g, verb, "obj") != null || verb.index() > country.index()) {
                continue;
            }
            ParseRepairs.move(g, e, country, "nmod");
            ParseRepairs.move(g, de, name, "case");
            ParseRepairs.move(g, toNoun, verb, "obj");
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(country))) {
                if (c.getDependent().index() > noun.index() && Syntax.isNoun(c.getDependent())
                        && (c.getRelation().toString().equals("conj") || c.getRelation().toString().equals("appos"))) {
                    ParseRepairs.move(g, c, noun, "conj");
                }
            }
        }
    }

    /**
     * « Managua répliqua en portant à son tour plainte contre … »: a noun after « à son tour », « de son côté », hung on
     * that locution, is the object of a verb without one.
     */
    private static void objectAfterLocution(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord locution = e.getGovernor();
        IndexedWord verb = Syntax.verbOfOblique(g, locution);
        IndexedWord det = Syntax.child(g, locution, "det");
        if (verb != null && det != null && "DET".equals(det.tag()) && Syntax.child(g, locution, "case") != null
                && Syntax.child(g, verb, "obj") == null && verb.index() < locution.index()) {
            ParseRepairs.move(g, e, verb, "obj");
        }
    }

    /**
     * « équipent pour l'essentiel les forces paraguayennes », « a été financée pour l'essentiel par Washington »: what
     * follows « pour l'essentiel » or « pour la plupart », hung on it, is the verb's object, or with « par » the agent
     * of its participle; a phrase with a preposition read as its conjunct is the verb's.
     */
    private static void complementAfterArticleLocution(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord locution = e.getGovernor();
        IndexedWord complement = e.getDependent();
        IndexedWord verb = Syntax.verbOfOblique(g, locution);
        if (verb == null || !"pour".equals(Syntax.caseWord(g, locution)) || complement.index() < locution.index()) {
            return;
        }
        if (e.getRelation().toString().equals("nmod") && "par".equals(Syntax.caseWord(g, complement))
                && Morph.of(verb).pastParticiple()) {
            ParseRepairs.move(g, e, verb, "obl:agent");
        } else if (e.getRelation().toString().equals("appos") && Syntax.isNoun(complement) && Syntax.child(g, verb, "obj") == null) {
            ParseRepairs.move(g, e, verb, "obj");
        } else if (e.getRelation().toString().equals("conj") && Syntax.child(g, complement, "case") != null
                || e.getRelation().toString().equals("nmod") && "PROPN".equals(complement.tag()) && DE.contains(Syntax.caseWord(g, complement))) {
            // « provient, pour l'essentiel, de l'Armée populaire yougoslave », « provient pour l'essentiel d'Israël »:
            // a name is no share of anything
            ParseRepairs.move(g, e, verb, "obl");
        }
    }

    /** « a conclu … le plus important contrat …, portant sur le drone Akinci »: the participle says what the object holds. */
    private static void contentOfObject(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord object = Syntax.child(g, e.getGovernor(), "obj");
        if (object != null && Syntax.isNoun(object) && object.index() < e.getDependent().index()) {
            ParseRepairs.move(g, e, object, "acl");
        }
    }

    /**
     * « ont mis en cause sans détour des « organes de l'État russe » », « a livré en urgence des munitions »: a partitive
     * after a bare noun of manner is the object.
     */
    private static void partitiveAfterBareNoun(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord noun = e.getGovernor();
        // « a acheminé par avions et navires militaires des tracteurs, des générateurs et des vivres »: after the last
        // of coordinated bare nouns, whose first is the oblique
        SemanticGraphEdge in = Syntax.parentEdge(g, noun);
        IndexedWord first = in != null && in.getRelation().toString().equals("conj") && Syntax.child(g, noun, "det") == null
                && bare(g, in.getGovernor()) ? in.getGovernor() : noun;
        IndexedWord verb = Syntax.verbOfOblique(g, first);
        IndexedWord object = e.getDependent();
        if (verb != null && bare(g, first) && MANNER_CASES.contains(Syntax.caseWord(g, first)) && !TIME_NOUNS.contains(Morph.lemma(first))
                && Syntax.child(g, first, "nummod") == null && Syntax.child(g, verb, "obj") == null
                && noun.index() < object.index()) {
            ParseRepairs.move(g, e, verb, "obj");
            for (SemanticGraphEdge later : new ArrayList<>(g.outgoingEdgeList(first))) {
                if (later.getRelation().toString().equals("conj") && later.getDependent().index() > object.index()) {
                    ParseRepairs.move(g, later, object, "conj");
                }
            }
        } else if (verb == null && TIME_NOUNS.contains(Morph.lemma(noun)) && g.outgoingEdgeList(noun).stream()
                .anyMatch(n -> "NUM".equals(n.getDependent().tag()) && n.getDependent().index() < object.index())) {
            partitiveAfterYear(g, e);
        }
    }

    /**
     * « a livré au milieu des années 2000 des avions d'entraînement Hawk »: a partitive after a time phrase with its
     * year, which the parser hangs on the time noun, is the object of the verb the phrase is an oblique of (when it has
     * none): no year has a part of something.
     */
    private static void partitiveAfterYear(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord phrase = e.getGovernor();
        SemanticGraphEdge in = Syntax.parentEdge(g, phrase);
        for (int depth = 0; depth < 3 && in != null && in.getRelation().toString().equals("nmod"); depth++) {
            phrase = in.getGovernor();
            in = Syntax.parentEdge(g, phrase);
        }
        IndexedWord verb = Syntax.verbOfOblique(g, phrase);
        if (verb != null && Syntax.child(g, verb, "obj") == null && phrase.index() < e.getDependent().index()) {
            ParseRepairs.move(g, e, verb, "obj");
        }
    }

    /**
     * « qu'elle avait achetés d'occasion à l'Allemagne », « qui reprochait de longue date aux autorités suédoises
     * de … »: the « à » complement of a bare noun is the verb's.
     */
    private static void complementAfterBareNoun(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord noun = e.getGovernor();
        IndexedWord verb = Syntax.verbOfOblique(g, noun);
        boolean locution = POSSESSIVE_LOCUTIONS.contains(Syntax.lower(noun));
        if (verb != null && bare(g, noun) && (!Syntax.hasCaseOrMark(g, noun, DATIVE) || locution)) {
            ParseRepairs.move(g, e, verb, "obl");
        }
    }

    /**
     * Whether a complement is the first its noun takes: after another (« fournit de longue date des contingents aux
     * opérations »), the parser has hung the clause's object there too, and the phrase is no plain adverbial.
     */
    private static boolean firstComplement(SemanticGraph g, SemanticGraphEdge e) {
        return g.outgoingEdgeList(e.getGovernor()).stream().noneMatch(c -> c.getRelation().toString().equals("nmod")
                && c.getDependent().index() < e.getDependent().index());
    }

    /** « de longue date », « à grande échelle »: a noun of an adverbial phrase, without an article. */
    private static boolean adverbialPhrase(SemanticGraph g, IndexedWord noun) {
        return ADVERBIAL_PHRASE_NOUNS.contains(Morph.lemma(noun)) && Syntax.child(g, noun, "det") == null;
    }

    /** A common noun with a preposition and no article: « sans relâche », « d'occasion ». */
    private static boolean bare(SemanticGraph g, IndexedWord noun) {
        IndexedWord det = Syntax.child(g, noun, "det");
        // « à plusieurs reprises », « à maintes reprises »: a quantifier makes the phrase no less adverbial, and so
        // does an article on a time noun (« accusait à l'époque Téhéran »).
        return "NOUN".equals(noun.tag()) && Syntax.child(g, noun, "case") != null
                && (det == null || ADVERBIAL_QUANTIFIERS.contains(Syntax.lower(det)) || TIME_NOUNS.contains(Morph.lemma(noun))
                        || POSSESSIVE_LOCUTIONS.contains(Syntax.lower(noun))); // « reprochant à son tour à la Croatie »
    }

    /**
     * « lui ont vendu en 2024 quatre cents missiles Tomahawk »: a counted noun (or one with its article) the parser hung
     * on the year before it is the object of the verb the year dates. Whether it was so.
     */
    private static boolean countedAfterYear(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord year = e.getGovernor();
        IndexedWord noun = e.getDependent();
        IndexedWord count = Syntax.child(g, noun, "nummod");
        // « avait engagé en janvier 2022 une procédure contre la Chine »: or a noun with its own article
        boolean counted = count != null && count.index() < noun.index() || Syntax.child(g, noun, "det") != null
                || bareList(g, noun);
        SemanticGraphEdge dated = Syntax.parentEdge(g, year);
        if (!e.getRelation().toString().equals("appos") || !"NUM".equals(year.tag()) || !Syntax.isYear(year)
                || !counted || dated == null || !dated.getRelation().toString().startsWith("obl")
                || !"VERB".equals(dated.getGovernor().tag()) || Syntax.child(g, dated.getGovernor(), "obj") != null) {
            return false;
        }
        ParseRepairs.move(g, e, dated.getGovernor(), "obj");
        return true;
    }

    /** « avait expédié dès 1960 fusils, mitrailleuses et munitions »: a list of plural nouns without articles. */
    private static boolean bareList(SemanticGraph g, IndexedWord noun) {
        return "NOUN".equals(noun.tag()) && Morph.of(noun).plural() && Syntax.child(g, noun, "det") == null
                && Syntax.child(g, noun, "case") == null && g.outgoingEdgeList(noun).stream()
                        .anyMatch(c -> c.getRelation().toString().equals("conj") && "NOUN".equals(c.getDependent().tag()));
    }

    /**
     * « La France occupait la deuxième place : Paris lui avait vendu, dans les années 1980, des Mirage F1 et des
     * missiles Exocet »: after a time phrase, the parser may take the object for a conjunct of a noun before the verb.
     * It is the verb's object ({@link #phraseAfterTimePhrase}), and the conjuncts after it are its own.
     */
    private static void objectTakenForEarlierConjunct(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord first = e.getGovernor();
        IndexedWord object = e.getDependent();
        boolean verbBetween = g.vertexListSorted().stream()
                .anyMatch(w -> w.index() > first.index() && w.index() < object.index() && "VERB".equals(w.tag()));
        if (!verbBetween) {
            return;
        }
        phraseAfterTimePhrase(g, e);
        SemanticGraphEdge now = Syntax.parentEdge(g, object);
        if (now == null || now.getGovernor().equals(first)) {
            return;
        }
        for (SemanticGraphEdge later : new ArrayList<>(g.outgoingEdgeList(first))) {
            if (later.getRelation().toString().equals("conj") && later.getDependent().index() > object.index()) {
                ParseRepairs.move(g, later, object, "conj");
            }
        }
    }

    /** « reçu de la Russie, ces dernières années, vingt-quatre chasseurs »: the phrase after the time phrase. */
    private static void phraseAfterTimePhrase(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord object = e.getDependent();
        if (Syntax.child(g, object, "case") != null) {
            return; // « remis à Bamako en septembre 2021, puis aux L-39 »: a phrase with a preposition is no object
        }
        int start = Syntax.phraseStart(g, object);
        IndexedWord comma = g.getNodeByIndexSafe(start - 1);
        if (comma == null || !comma.word().equals(",")) {
            countedAfterYear(g, e);
            return;
        }
        IndexedWord time = null;
        for (int i = start - 2; i >= start - 5 && i > 0 && time == null; i--) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            // (« a reçu de Washington, en 2023, huit avions »: a year with its preposition is a time phrase too, before a
            // common noun; a name there may be the subject of a gapped clause: « …, à partir de 2018, la Turquie deux drones »)
            // (« a mis en cause, en septembre 2023, des agents »: and so is a month with its preposition)
            if (w != null && (TIME_NOUNS.contains(Morph.lemma(w))
                    || (Syntax.isYear(w) || MONTHS.contains(Syntax.lower(w))) && Syntax.child(g, w, "case") != null
                            && "NOUN".equals(object.tag()))) {
                time = w;
            }
        }
        SemanticGraphEdge timeIn = time == null ? null : Syntax.parentEdge(g, time);
        // « à la fin des années 1970 »: the time noun may be the complement of the phrase's head
        for (int i = 0; i < 2 && timeIn != null && timeIn.getRelation().toString().equals("nmod"); i++) {
            time = timeIn.getGovernor();
            timeIn = Syntax.parentEdge(g, time);
        }
        // « a reçu de l'Espagne, au début des années 2020, des avions »: the time phrase read as a conjunct of the
        // oblique before it is the verb's
        IndexedWord conjunctOf = timeIn == null || !timeIn.getRelation().toString().equals("conj") ? null : timeIn.getGovernor();
        IndexedWord verbOfConjunct = conjunctOf == null ? null : Syntax.verbOfOblique(g, conjunctOf);
        if (verbOfConjunct != null && Syntax.child(g, time, "case") != null) {
            ParseRepairs.move(g, timeIn, verbOfConjunct, "obl:mod");
            timeIn = Syntax.parentEdge(g, time);
        }
        if (timeIn == null || !timeIn.getRelation().toString().startsWith("obl")) {
            return;
        }
        // The verb right before the time phrase, which the parser may have hung higher (« rappelle que … a reçu »).
        IndexedWord verb = null;
        for (int i = Syntax.phraseStart(g, time) - 1; i > 0 && verb == null; i--) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            verb = w != null && "VERB".equals(w.tag()) ? w : null;
        }
        if (verb != null && (verb.equals(timeIn.getGovernor()) || ParseRepairs.isBelow(g, verb, timeIn.getGovernor()))
                && Syntax.child(g, verb, "obj") == null && Syntax.child(g, verb, "ccomp") == null
                && !ParseRepairs.isBelow(g, verb, object)) {
            ParseRepairs.move(g, e, verb, "obj");
        }
    }

    /**
     * « dénonce sans relâche les agressions de … »: the tagger reads « relâche » as a verb with the object after it; it
     * is the noun of « sans relâche », and the object is the main verb's.
     */
    private static void nounAfterSans(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord noun = e.getDependent();
        IndexedWord verb = e.getGovernor();
        noun.setTag("NOUN");
        noun.backingLabel().setLemma(Syntax.lower(noun));
        ParseRepairs.move(g, e, verb, "obl:mod");
        ParseRepairs.move(g, Syntax.childEdge(g, noun, "mark"), noun, "case");
        SemanticGraphEdge object = Syntax.childEdge(g, noun, "obj");
        if (object != null && Syntax.child(g, verb, "obj") == null) {
            ParseRepairs.move(g, object, verb, "obj");
        }
        // « revient sans conteste aux États-Unis »: what the verb read into the noun said is the verb's
        for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(noun))) {
            if (c.getRelation().toString().startsWith("obl") && c.getDependent().index() > noun.index()) {
                ParseRepairs.move(g, c, verb, c.getRelation().toString());
            }
        }
    }

    /**
     * "Manille accuse Pékin de manœuvres dangereuses": a name or noun without preposition read as the attribute of a
     * verb that says nothing of its subject and has no object is that verb's object.
     */
    private static void objectTakenForAttribute(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord verb = e.getGovernor();
        IndexedWord object = e.getDependent();
        if ("VERB".equals(verb.tag()) && !COPULAR.contains(Morph.lemma(verb)) && object.index() > verb.index()
                && Syntax.child(g, verb, "obj") == null && Syntax.child(g, object, "case") == null
                && Syntax.child(g, object, "cop") == null && Syntax.child(g, verb, "aux:pass") == null) {
            ParseRepairs.move(g, e, verb, "obj");
        }
    }
}
