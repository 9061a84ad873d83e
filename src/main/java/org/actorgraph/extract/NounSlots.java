package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.link.Anaphora;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of {@link Arguments}: the arguments of a nominal trigger (« la livraison par Berlin de chars à Kiev »,
 * « les accusations de Moscou contre Kiev »): its complements, its possessor, the complements it shares with a noun
 * it is coordinated with, and, for an agent noun (« fournisseur »), the actor it is said of.
 */
final class NounSlots {
    private static final Set<String> POSSESSIVES = FrenchWords.list("possessive");
    private static final Set<String> COPULAR = FrenchWords.list("copular-verb");
    private static final Set<String> QUALIFYING = FrenchWords.list("qualifying-noun");
    private static final Set<String> ONE_OF = FrenchWords.list("one-of");
    private static final Set<String> MAKING = FrenchWords.list("making-verb");
    private static final Set<String> DOING_VERBS = FrenchWords.list("doing-verb");
    private static final Set<String> WELCOMING_VERBS = FrenchWords.list("welcoming-verb");
    private static final Set<String> CLAUSE_ASIDE = Set.of("appos", "advcl", "parataxis", "dislocated");

    /** Verbs whose « comme » phrase says what their object is taken for (« traiter Washington comme le fournisseur »). */
    private static final Set<String> REGARD_VERBS = FrenchWords.list("regard-verb");
    /** Verbs whose object noun one finds at a place: that place is what the noun is (« trouve à Paris son fournisseur »). */
    private static final Set<String> FINDING = FrenchWords.list("finding-verb");
    private static final Set<String> FOUND_AT = FrenchWords.list("found-at-case");
    /** Verbs whose « pour » or « comme » phrase says what their object is to their subject (« a eu la Russie pour fournisseur »). */
    private static final Set<String> HAVING_AS = FrenchWords.list("having-as-verb");
    /** Verbs that thank someone « pour » what the noun names (« remerciait Poutine pour la livraison »). */
    private static final Set<String> THANKING = FrenchWords.list("thanking-verb");

    private final Cues cues;
    private final ArgumentFinder finder;

    NounSlots(Cues cues, ArgumentFinder finder) {
        this.cues = cues;
        this.finder = finder;
    }

    /** The complements of a noun: prepositional ones by their case word, its possessive, its adjectives. */
    void nounSlots(SemanticGraph g, IndexedWord n, Arguments.ArgSet s, int rank) {
        SemanticGraphEdge up = Syntax.parentEdge(g, n);
        if (up != null && "ce".equals(Syntax.lower(n)) && CLAUSE_ASIDE.contains(up.getRelation().toString())
                && "VERB".equals(up.getGovernor().tag())) {
            // « La Turquie a envahi le nord de Chypre, ce que la Grèce a condamné »: « ce » stands for the clause it
            // hangs on, whose subject does what it says
            IndexedWord subject = Syntax.child(g, up.getGovernor(), "nsubj");
            if (subject != null) {
                s.add("doer", subject, rank + 1);
            }
        }
        if (up != null && up.getRelation().toString().equals("conj")) {
            // "Manille, dont les États-Unis sont l'allié et le principal fournisseur": a conjunct shares the « dont ».
            g.getChildren(up.getGovernor()).stream().filter(c -> Syntax.lower(c).equals("dont")).findFirst()
                    .ifPresent(dont -> s.add("de", dont, rank + 1));
        }
        SemanticGraphEdge toVerb = Syntax.parentEdge(g, n);
        if (toVerb != null && toVerb.getRelation().toString().startsWith("obl") && "pour".equals(Syntax.caseWord(g, n))
                && THANKING.contains(Morph.lemma(toVerb.getGovernor()))) {
            // « Loukachenko remerciait Poutine pour la livraison de systèmes S-400 »: who is thanked for the noun, and who
            // thanks for it
            IndexedWord thanked = Syntax.child(g, toVerb.getGovernor(), "obj");
            IndexedWord thanker = Syntax.child(g, toVerb.getGovernor(), "nsubj");
            if (thanked != null) {
                s.add("thanked", thanked, rank + 1);
            }
            if (thanker != null) {
                s.add("thanker", thanker, rank + 1);
            }
        }
        if (toVerb != null && n.equals(Syntax.attributeOfCopularVerb(g, toVerb.getGovernor()))) {
            // « les États-Unis en restent le fournisseur historique »: the clitic hangs on the verb
            g.getChildren(toVerb.getGovernor()).stream().filter(c -> Syntax.genitiveClitic(g, c)).findFirst()
                    .ifPresent(en -> s.add("possessor", en, rank));
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (Syntax.genitiveClitic(g, d)) {
                // « les États-Unis en étaient le fournisseur »: whose supplier, as « leur fournisseur »
                s.add("possessor", d, rank);
                continue;
            }
            switch (rel) {
                case "nmod", "obl", "obl:arg", "obl:mod" -> {
                    String slot = PrepositionSlots.prepositionSlot(g, d);
                    // A noun's "de" complement follows it; one before it is a misattached time or place phrase
                    // ("De la révolution de 1958 à la guerre du Golfe, l'URSS a été le principal fournisseur de l'Irak").
                    if (slot != null && slot.equals("de") && QUALIFYING.contains(Morph.lemma(d)) && Syntax.child(g, d, "det") == null) {
                        // « son fournisseur de référence (de Varsovie) »: a bare noun that qualifies the noun is no party
                        // nor what is supplied; a « de » complement hung on it is the noun's own
                        g.outgoingEdgeList(d).stream().filter(f -> f.getRelation().toString().equals("nmod")
                                && "de".equals(PrepositionSlots.prepositionSlot(g, f.getDependent())))
                                .forEach(f -> s.add("de", PrepositionSlots.target(g, f.getDependent()), rank));
                    } else if (slot != null && !(slot.equals("de") && d.index() < n.index() && !Syntax.lower(d).equals("dont"))) {
                        s.add(slot, PrepositionSlots.target(g, d), rank);
                    }
                }
                case "det", "nmod:poss" -> {
                    // « notre fournisseur »: a first-person possessive stands for the voice of the text (link/Discourse)
                    if (POSSESSIVES.contains(Syntax.lower(d)) || Anaphora.isFirstPerson(d.word(), d.tag())) {
                        s.add("possessor", d, rank);
                    }
                }
                case "appos" -> {
                    s.add("appos", d, rank);
                    // « des chasseurs Hunter britanniques »: the adjective on the name in apposition is the noun's
                    // (on a name only: « équipe l'armée salvadorienne » misparsed as a noun and its apposition is not).
                    if ("PROPN".equals(d.tag()) || "X".equals(d.tag())) {
                        g.outgoingEdgeList(d).stream().filter(x -> x.getRelation().toString().equals("amod"))
                                .forEach(x -> s.add("demonym", x.getDependent(), rank));
                    }
                    if ("NOUN".equals(d.tag()) && d.word().equals(Syntax.lower(d)) && Syntax.child(g, d, "det") == null) {
                        // « des chars K2 sud-coréens »: an adjective after the name, read as a noun in apposition
                        s.add("demonym", d, rank);
                    }
                }
                case "conj" -> {
                    // « des avions de combat et d'autres équipements soviétiques »: what « autres » adds to is of the
                    // same origin
                    if (d.index() > n.index() && g.getChildren(d).stream().anyMatch(c -> Syntax.lower(c).equals("autres"))) {
                        g.outgoingEdgeList(d).stream().filter(x -> x.getRelation().toString().equals("amod"))
                                .forEach(x -> s.add("demonym", x.getDependent(), rank + 1));
                    }
                }
                case "acl:relcl" -> {
                    // « les frappes que la Russie mène »: who does what the noun names
                    IndexedWord object = Syntax.child(g, d, "obj");
                    if (object != null && Syntax.isRelativePronoun(object) && DOING_VERBS.contains(Morph.lemma(d))) {
                        s.add("doer", Syntax.child(g, d, "nsubj"), rank + 1);
                    }
                    // « la procédure qu'elle a intentée contre les Maldives »: whom the noun is brought against, as of
                    // a participle on it (« une demande dirigée contre le Honduras »)
                    if (object != null && Syntax.isRelativePronoun(object)) {
                        g.getChildren(d).stream().filter(c -> "contre".equals(PrepositionSlots.prepositionSlot(g, c)))
                                .forEach(c -> s.add("contre", PrepositionSlots.target(g, c), rank + 1));
                    }
                }
                case "acl", "amod" -> {
                    if (rel.equals("amod")) {
                        s.add("demonym", d, rank);
                        // « des aviations américaine et britannique »
                        g.outgoingEdgeList(d).stream().filter(x -> x.getRelation().toString().equals("conj")
                                && "ADJ".equals(x.getDependent().tag())).forEach(x -> s.add("demonym", x.getDependent(), rank));
                    }
                    // « une escalade imputable à l'Iran », « la mort d'un adolescent imputée à ses soldats »
                    imputedTo(g, d, s, rank);
                    // "les accusations portées contre l'Espagne par le ministre israélien": a participle's agent and
                    // complements are the noun's own.
                    if (Morph.of(d).pastParticiple()) {
                        // "les accusations non fondées lancées par la Russie": through coordinated or chained participles.
                        List<SemanticGraphEdge> below = new ArrayList<>(g.outgoingEdgeList(d));
                        for (SemanticGraphEdge x : g.outgoingEdgeList(d)) {
                            String xr = x.getRelation().toString();
                            if ((xr.equals("xcomp") || xr.equals("conj")) && Morph.of(x.getDependent()).pastParticiple()) {
                                below.addAll(g.outgoingEdgeList(x.getDependent()));
                            }
                        }
                        for (SemanticGraphEdge f : below) {
                            String r = f.getRelation().toString();
                            // « la cession par Berlin de blindés, saluée par le gouvernement ukrainien »: who welcomes it
                            String slot = r.equals("obl:agent") && WELCOMING_VERBS.contains(Morph.lemma(d)) ? "welcomer"
                                    : r.equals("obl:agent") ? "participle-agent"
                                    : r.startsWith("obl") ? PrepositionSlots.prepositionSlot(g, f.getDependent()) : null;
                            if (slot != null) {
                                s.add(slot, PrepositionSlots.target(g, f.getDependent()), rank + 1);
                            }
                        }
                    }
                }
                default -> { }
            }
        }
        Reattachment.examplesJoinTheirSlot(g, s);
    }

    /**
     * « le relais de l'Union soviétique, fournisseur historique de New Delhi »: an apposition the parser hung on a
     * common noun describes the name that ends the noun's phrase, right before the comma.
     */
    private static IndexedWord nameInPhrase(SemanticGraph g, IndexedWord head, IndexedWord apposition) {
        if (!"NOUN".equals(head.tag()) || !head.word().equals(Syntax.lower(head))) {
            return head;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            IndexedWord name = e.getDependent();
            if (e.getRelation().toString().equals("nmod") && "de".equals(Syntax.caseWord(g, name)) && name.index() < apposition.index()
                    && Character.isUpperCase(name.word().charAt(0)) && Syntax.phraseEnd(g, name) + 1 == Syntax.phraseStart(g, apposition) - 1) {
                return name;
            }
        }
        return head;
    }

    /** "une nouvelle escalade imputable à l'Iran comme à la Russie": whom an adjective puts the noun down to. */
    private void imputedTo(SemanticGraph g, IndexedWord adjective, Arguments.ArgSet s, int rank) {
        if (!cues.isWord(Cues.Kind.imputing, Morph.lemma(adjective))) {
            return;
        }
        // its « à » phrase, or the one right after it that the parser hung on the verb
        for (IndexedWord phrase : g.getChildren(adjective)) {
            if ("à".equals(PrepositionSlots.prepositionSlot(g, phrase))) {
                s.add("imputed", PrepositionSlots.target(g, phrase), rank + 1);
                return;
            }
        }
        IndexedWord next = g.getNodeByIndexSafe(adjective.index() + 1);
        SemanticGraphEdge caseOfNext = next == null ? null : Syntax.parentEdge(g, next);
        if (caseOfNext != null && caseOfNext.getRelation().toString().equals("case")
                && "à".equals(PrepositionSlots.prepositionSlot(g, caseOfNext.getGovernor()))) {
            s.add("imputed", PrepositionSlots.target(g, caseOfNext.getGovernor()), rank + 1);
        }
    }

    /** "premier investisseur, partenaire commercial et fournisseur en armes de la Birmanie": shared complements. */
    static void sharedComplements(SemanticGraph g, IndexedWord noun, Arguments.ArgSet s) {
        SemanticGraphEdge up = Syntax.parentEdge(g, noun);
        if (up == null || !up.getRelation().toString().equals("conj") || s.has("de")) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(up.getGovernor())) {
            if (e.getRelation().toString().equals("nmod") && "de".equals(PrepositionSlots.prepositionSlot(g, e.getDependent()))
                    && e.getDependent().index() > noun.index()) {
                s.add("de", e.getDependent(), 1);
            }
        }
    }

    /** The actor an agent noun describes: "X est le fournisseur de Y", "X, fournisseur de Y", "fournisseur de Y, X a ...". */
    void selfOf(SemanticGraph g, IndexedWord noun, Arguments.ArgSet s) {
        IndexedWord n = noun;
        SemanticGraphEdge up = Syntax.parentEdge(g, n);
        // (a conjunct with a copula of its own heads its own clause: « …, l'Inde est à la fois le protecteur … et le
        // fournisseur historique », which the parser coordinated with a noun of the clause before)
        while (up != null && up.getRelation().toString().equals("conj") && Syntax.isNoun(up.getGovernor()) && Syntax.child(g, n, "cop") == null) {
            // "le premier investisseur, partenaire commercial et fournisseur en armes de la Birmanie": the conjuncts
            // describe the same actor. Without a conjunction the "conjunct" is an apposition the parser
            // coordinated: "Les Américains, fournisseurs de référence de Varsovie, ...".
            if (Syntax.child(g, n, "cc") == null) {
                s.add("self", up.getGovernor(), 1);
            }
            n = up.getGovernor();
            up = Syntax.parentEdge(g, n);
        }
        if (!n.equals(noun) && up != null && (up.getRelation().toString().equals("nmod") || up.getRelation().toString().startsWith("obl"))
                && Syntax.child(g, n, "case") != null && Syntax.child(g, noun, "case") == null) {
            // "Les États-Unis, allié par traité et fournisseur historique des forces philippines": a conjunct
            // without a preposition is coordinated with the word the prepositional phrase hangs on; when that
            // is a participle on a noun ("Les Britanniques, alliés par traité et fournisseurs …"), with that noun.
            n = up.getGovernor();
            up = Syntax.parentEdge(g, n);
            if ("VERB".equals(n.tag()) && up != null && up.getRelation().toString().equals("acl")) {
                s.add("self", up.getGovernor(), 1);
            }
        }
        if (up != null && up.getRelation().toString().equals("nmod") && (ONE_OF.contains(Syntax.lower(up.getGovernor()))
                || cues.isWord(Cues.Kind.attributeNoun, Morph.lemma(up.getGovernor())))) {
            // "l'un des principaux fournisseurs", "fait figure de fournisseur": what is said of "l'un" or of the
            // attribute is said of the supplier.
            n = up.getGovernor();
        }
        IndexedWord subject = Syntax.child(g, n, "nsubj");
        if (subject != null && Syntax.child(g, n, "cop") != null) {
            s.add("self", subject, 0);
        }
        IndexedWord appos = Syntax.child(g, n, "appos");
        // (not the subject of an absolute participle: « …, Washington ayant restreint dès 1961 l'emploi … »)
        boolean absolute = appos != null && g.getChildren(appos).stream().anyMatch(c -> "AUX".equals(c.tag()) && Morph.of(c).presentParticiple());
        if (appos != null && !absolute) {
            s.add("self", appos, 0);
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, n);
        if (in == null) {
            return;
        }
        String rel = in.getRelation().toString();
        IndexedWord gov = in.getGovernor();
        SemanticGraphEdge role = rel.equals("nmod") && "comme".equals(Syntax.caseWord(g, n)) ? Syntax.parentEdge(g, gov) : null;
        if (role != null && role.getRelation().toString().equals("obj") && "VERB".equals(role.getGovernor().tag())) {
            // « qui a pris le relais de l'URSS comme premier fournisseur de l'armée », hung on the object: the same
            s.add("self", roleTaker(g, role.getGovernor()), 0);
            return;
        }
        switch (rel) {
            // (« Son fournisseur traditionnel reste la Russie »: the parser reads the attribute of « rester » as its object)
            case "appos", "nsubj" -> s.add("self", rel.equals("appos") ? nameInPhrase(g, gov, n)
                    : COPULAR.contains(Morph.lemma(gov)) && Syntax.child(g, gov, "obj") != null ? Syntax.child(g, gov, "obj") : gov, 0);
            case "obj", "xcomp", "obl:mod", "obl", "obl:arg", "advcl", "dep" -> {
                IndexedWord object = Syntax.child(g, gov, "obj");
                String as = Syntax.caseWord(g, n);
                if (("comme".equals(as) || "pour".equals(as)) && object != null && !object.equals(n) && HAVING_AS.contains(Morph.lemma(gov))) {
                    // « dont l'armée a toujours eu la Russie pour fournisseur »: the object is the subject's supplier
                    s.add("self", object, 0);
                    s.add("possessor", roleTaker(g, gov), 0);
                    break;
                }
                if ("comme".equals(as) && object != null && !object.equals(n)) {
                    // "traiter Washington comme le fournisseur de l'armée libanaise": what the object is taken for; after
                    // another verb, the role its subject takes (« la Chine, qui a pris le relais de la Russie comme
                    // premier fournisseur »)
                    s.add("self", REGARD_VERBS.contains(Morph.lemma(gov)) ? object : roleTaker(g, gov), 0);
                    break;
                }
                IndexedWord found = rel.equals("obj") && FINDING.contains(Morph.lemma(gov)) ? whereFound(g, gov) : null;
                if (found != null) {
                    // « le régime trouve à Paris son principal fournisseur d'armes »: where one finds it is the supplier
                    s.add("self", found, 0);
                    s.add("possessor", roleTaker(g, gov), 0);
                    break;
                }
                IndexedWord made = madeInto(g, gov, n);
                if (made != null) {
                    s.add("self", made, 0);
                    break;
                }
                // "l'Irak compte parmi les meilleurs clients de …": one among them is one of them.
                boolean attribute = cues.isWord(Cues.Kind.copula, Morph.lemma(gov))
                        || !n.equals(noun) && cues.isWord(Cues.Kind.attributeNoun, Morph.lemma(n))
                        || "parmi".equals(Syntax.caseWord(g, n)) && Syntax.child(g, n, "nmod:poss") == null;
                boolean dislocated = n.index() < gov.index() && Syntax.child(g, n, "case") == null;
                if (attribute || dislocated) {
                    IndexedWord subj = Syntax.child(g, gov, "nsubj");
                    if (subj == null) {
                        // "Paris fait figure de fournisseur", parsed as a causative of "figurer".
                        subj = Syntax.child(g, gov, "nsubj:caus");
                    }
                    if (subj == null && attribute) {
                        // "Paris, devenu le deuxième fournisseur de l'Irak": the noun the participle describes.
                        subj = describedByParticiple(g, gov);
                    }
                    if (subj == null) {
                        subj = finder.understoodSubject(g, gov);
                    }
                    s.add("self", subj, attribute ? 0 : 1);
                }
            }
            default -> { }
        }
        if (Syntax.child(g, n, "case") == null) {
            // "..., les États-Unis, longtemps principal fournisseur de ...", hung on the verb, or "la place de la
            // Russie, fournisseur historique de ...", hung on "place": the noun before the comma, when the
            // attachment gives no actor.
            IndexedWord comma = g.getNodeByIndexSafe(firstIndex(g, n) - 1);
            IndexedWord before = comma == null || !comma.word().equals(",") ? null : g.getNodeByIndexSafe(comma.index() - 1);
            if (before != null && Syntax.isNoun(before)) {
                s.add("self", before, 1);
            }
        }
    }

    /** Who takes on the role a « comme » phrase of a verb names: the verb's subject, said or understood. */
    private IndexedWord roleTaker(SemanticGraph g, IndexedWord verb) {
        IndexedWord subject = Syntax.child(g, verb, "nsubj");
        return subject != null ? subject : finder.understoodSubject(g, verb);
    }

    private static IndexedWord describedByParticiple(SemanticGraph g, IndexedWord verb) {
        SemanticGraphEdge in = Syntax.parentEdge(g, verb);
        return in != null && in.getRelation().toString().equals("acl") && Morph.of(verb).pastParticiple()
                && Syntax.isNoun(in.getGovernor()) ? in.getGovernor() : null;
    }

    /** "Cet accord a fait de Londres l'un des premiers fournisseurs de Riyad": what « faire de » makes the noun. */
    private static IndexedWord madeInto(SemanticGraph g, IndexedWord verb, IndexedWord noun) {
        if (!MAKING.contains(Morph.lemma(verb))) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            IndexedWord d = e.getDependent();
            if (e.getRelation().toString().startsWith("obl") && d.index() < noun.index() && "de".equals(PrepositionSlots.prepositionSlot(g, d))) {
                return d;
            }
        }
        return null;
    }

    private static int firstIndex(SemanticGraph g, IndexedWord head) {
        int first = head.index();
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            if (rel.equals("amod") || rel.equals("det") || rel.equals("advmod") || rel.equals("nummod")) {
                first = Math.min(first, e.getDependent().index());
            }
        }
        return first;
    }

    /** « trouve à Paris (en la France, chez les Chinois) son fournisseur »: the verb's complement of place, or null. */
    private static IndexedWord whereFound(SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream()
                .filter(e -> e.getRelation().toString().startsWith("obl") && Syntax.hasCaseOrMark(g, e.getDependent(), FOUND_AT))
                .map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
    }
}
