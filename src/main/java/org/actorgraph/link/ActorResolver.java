package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Finds the actors a node of the dependency graph stands for, whatever form the text gives them: a name of
 * the gazetteer; coordinated names ("l'Arménie et la France"); examples after a generic noun ("à des pays comme
 * l'Angola, l'Algérie"); a relative pronoun (its antecedent); an organ of a state ("le ministère arménien des
 * Affaires étrangères", "le porte-parole du Kremlin", "l'armée turque"); and, through {@link Discourse}, a
 * pronoun, a possessive or a definite description ("il", "lui", "ses", "le pays", "ces deux pays").
 * This is the one place where an argument node becomes actors; every frame uses it.
 */
public final class ActorResolver {
    /** « l'essentiel des forces indiennes »: nouns of a share, which stand for what they are a share of. */
    private static final Set<String> SHARES = FrenchWords.list("share-noun");
    private static final int MAX_DEPTH = 4;
    private static final Set<String> PEOPLE_QUANTITIES = FrenchWords.list("people-quantity");
    private static final Set<String> NON_STATE = FrenchWords.list("state-adjective");
    private static final Set<String> OWNER_CASES = FrenchWords.list("owner-case");
    /** Nouns the parser may make the head of an actor's phrase, to be looked through. */
    private static final Set<String> TRANSPARENT_NOUNS = FrenchWords.list("transparent-noun");
    private static final Set<String> MANNER_NOUNS = FrenchWords.list("par-manner-noun");
    private static final Set<String> PATIENT_EVENT_NOUNS = FrenchWords.list("patient-event-noun");
    private static final Set<String> COUNTERPARTS = FrenchWords.list("counterpart-noun");
    private static final Set<String> SUPPLIERS = FrenchWords.list("supplier-noun");
    private static final Set<String> POSSESSIVES = FrenchWords.list("possessive");
    private static final Set<String> SECOND_PERSON_POSSESSIVES = Set.of("votre", "vos");
    private static final Set<String> OWN_STATE_NOUNS = FrenchWords.list("own-state-noun");
    private static final Set<String> DEFINITE_DETERMINERS = FrenchWords.list("definite-determiner");
    private static final Set<String> DEMONSTRATIVES = FrenchWords.list("demonstrative");
    private static final Set<String> DEMONSTRATIVE_PRONOUNS = FrenchWords.list("demonstrative-pronoun");
    private static final Set<String> EMPHATIC_PRONOUNS = FrenchWords.list("emphatic-pronoun");

    private final Gazetteer gazetteer;
    private final GroupMembers groups = new GroupMembers(this);

    public ActorResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A node resolved to an actor: the mention that names it (null for an anaphor) and the node it was found at. */
    public record Resolved(Actor actor, Mention mention, IndexedWord node) {}

    /** The actors a node stands for, with those of its conjuncts and examples; weapon systems excluded. */
    public List<Resolved> resolveWithConjuncts(LinkedSentence s, IndexedWord node) {
        Map<String, Resolved> out = new LinkedHashMap<>();
        addAll(out, resolve(s, node, 0));
        for (IndexedWord c : conjuncts(s.parsed().graph(), node)) {
            addAll(out, resolve(s, c, 0));
        }
        return new ArrayList<>(out.values());
    }

    private static void addAll(Map<String, Resolved> out, List<Resolved> rs) {
        for (Resolved r : rs) {
            out.putIfAbsent(r.actor().qid(), r);
        }
    }

    /** « de nombreux Marocains », « certains Algériens »: a demonym counted by a quantity word names people. */
    private static boolean countedPeople(SemanticGraph g, IndexedWord node) {
        return Character.isUpperCase(node.word().charAt(0)) && g.getChildren(node).stream()
                .anyMatch(c -> c.index() < node.index() && PEOPLE_QUANTITIES.contains(Syntax.lower(c)));
    }

    /** The node's conjuncts, following chains ("A, B et C" as conj(A, B), conj(A, C) or conj(B, C)). */
    static List<IndexedWord> conjuncts(SemanticGraph g, IndexedWord node) {
        List<IndexedWord> out = new ArrayList<>();
        List<IndexedWord> frontier = List.of(node);
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord n : frontier) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                    if (e.getRelation().toString().equals("conj") && !out.contains(e.getDependent())
                            && !endOfRange(g, node, e.getDependent()) && !Syntax.contrastedAway(g, e.getDependent())) {
                        out.add(e.getDependent());
                        next.add(e.getDependent());
                    }
                }
            }
            frontier = next;
        }
        return out;
    }

    /** "de l'Irak ... à Israël": a conjunct introduced by another preposition ends a range, it is not a member. */
    private static boolean endOfRange(SemanticGraph g, IndexedWord head, IndexedWord conjunct) {
        String a = preposition(Syntax.nearestCaseWord(g, head));
        String b = preposition(Syntax.nearestCaseWord(g, conjunct));
        return a != null && b != null && !a.equals(b) && !(b.equals("de") && endsInDe(g, head));
    }

    /** « auprès de la Russie, de l'Ukraine et de la Biélorussie »: a compound preposition repeats only its « de ». */
    private static boolean endsInDe(SemanticGraph g, IndexedWord head) {
        IndexedWord caseWord = Syntax.child(g, head, "case");
        return caseWord != null && g.getChildren(caseWord).stream().anyMatch(c -> preposition(Syntax.lower(c)).equals("de"));
    }

    private static String preposition(String caseWord) {
        if (caseWord == null) {
            return null;
        }
        return switch (caseWord) {
            case "d'", "d’", "du", "des" -> "de";
            case "au", "aux" -> "à";
            default -> caseWord;
        };
    }

    /** The actors a node stands for; several when a demonym is coordinated ("armées indienne et algérienne"). */
    public List<Resolved> resolve(LinkedSentence s, IndexedWord node, int depth) {
        List<Resolved> each = groups.reciprocal(s, node, depth);
        if (!each.isEmpty()) {
            return each;
        }
        Mention m = s.mentionAt(node);
        if (m != null && m.form() == NameForm.demonym && countedPeople(s.parsed().graph(), node)) {
            return List.of(); // « de nombreux Marocains »: people of the state, not the state
        }
        // a person the gazetteer does not know, or a name it does not hold: the office in apposition may tell the state
        boolean unplaced = m == null ? "PROPN".equals(node.tag()) && depth < MAX_DEPTH : !m.actor().isWeapon() && unknownPerson(m.actor());
        List<Resolved> titled = unplaced ? titleOf(s, node, depth) : List.of();
        if (!titled.isEmpty()) {
            return titled;
        }
        Resolved company = m != null && m.form() == NameForm.demonym ? companyNamedAfterDemonym(s, node) : null;
        if (company != null) {
            return List.of(company); // « l'italien Leonardo »: the company the demonym introduces
        }
        if (m != null && !m.actor().isWeapon()) {
            Resolved branch = m.actor().kind() == ActorKind.Company ? nationalBranch(s, node) : null;
            if (branch != null) {
                return List.of(branch);
            }
            List<Resolved> out = new ArrayList<>();
            out.add(new Resolved(m.actor(), m, node));
            if (m.form() == NameForm.demonym) {
                for (SemanticGraphEdge e : s.parsed().graph().outgoingEdgeList(node)) {
                    Mention c = e.getRelation().toString().equals("conj") ? s.mentionAt(e.getDependent()) : null;
                    if (c != null && c.form() == NameForm.demonym) {
                        out.add(new Resolved(c.actor(), c, e.getDependent()));
                    }
                }
            }
            return out;
        }
        if (depth >= MAX_DEPTH) {
            return List.of();
        }
        SemanticGraph g = s.parsed().graph();
        if (m == null && depth == 0 && countedSubject(g, node)) {
            // « Deux parrains successifs ont équipé l'armée albanaise : l'Union soviétique …, puis la Chine »
            List<Resolved> announced = AnnouncedList.afterColon(s, g, node, this, gazetteer).stream()
                    .map(a -> new Resolved(a, null, node)).toList();
            if (!announced.isEmpty()) {
                return announced;
            }
        }
        String word = node.word().toLowerCase(Locale.ROOT);
        if (Syntax.isRelativePronoun(node)) {
            if (RelativeAntecedent.asksWho(g, node)) {
                return List.of();
            }
            IndexedWord antecedent = RelativeAntecedent.of(g, node);
            IndexedWord gendered = RelativeAntecedent.agreeingWithGenderedPronoun(g, node, antecedent);
            antecedent = gendered != null ? gendered : antecedent;
            IndexedWord agreeing = RelativeAntecedent.agreeingNounBeforeComma(g, node, antecedent);
            List<Resolved> agreed = agreeing == null ? List.of() : resolveWithConjunctsAt(s, agreeing, depth + 1);
            if (!agreed.isEmpty()) {
                return agreed;
            }
            IndexedWord lastConjunct = RelativeAntecedent.singularSubject(g, node) ? RelativeAntecedent.lastConjunctBefore(g, antecedent, node) : null;
            List<Resolved> last = lastConjunct == null ? List.of() : resolve(s, lastConjunct, depth + 1);
            if (!last.isEmpty()) {
                // « le Royaume-Uni, fournisseur de New Delhi, et l'Union soviétique, qui a vendu à l'Inde »: a singular
                // verb takes up the last member of the list only.
                return last;
            }
            // "la Suède, la France et la Grande-Bretagne qui ...": the clause may hang on the last conjunct.
            antecedent = RelativeAntecedent.firstOfList(g, antecedent);
            // A conjunct after the relative clause is not part of its antecedent: "à l'Allemagne, qui nous a livré
            // des Leopard, et au Royaume-Uni".
            IndexedWord closer = antecedent == null ? null : RelativeAntecedent.closerNoun(g, node, antecedent);
            List<Resolved> r = closer != null ? resolveWithConjunctsAt(s, closer, depth + 1) : List.of();
            if (r.isEmpty() && antecedent != null) {
                // at the pronoun's depth: « cette armée, que l'URSS équipait » takes the owner an organ without its
                // state takes in the clause
                r = before(resolveWithConjunctsAt(s, antecedent, depth), node);
            }
            if (r.isEmpty()) {
                // "leurs relations avec Doha, qu'ils accusent": the clause may hang on the phrase's head; the
                // relative pronoun right after a comma follows the noun it is about.
                // Up the phrase: "le porte-parole du ministère chinois des Affaires étrangères, qui accuse".
                IndexedWord before = RelativeAntecedent.wholeListIfPlural(g, node, RelativeAntecedent.nounBeforeComma(g, node));
                for (int up = 0; before != null && !before.equals(antecedent) && r.isEmpty() && up < 3; up++) {
                    r = resolveWithConjunctsAt(s, before, depth + 1);
                    SemanticGraphEdge in = Syntax.parentEdge(g, before);
                    before = in != null && in.getRelation().toString().equals("nmod") ? in.getGovernor() : null;
                }
            }
            return r;
        }
        // The parser sometimes heads a name by its elided article: "et l'Arménie" as conj(l') + flat:name(Arménie).
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("flat:name") || rel.equals("flat") || rel.equals("compound")) {
                Mention part = s.mentionAt(e.getDependent());
                if (part != null && !part.actor().isWeapon() && !cityInName(s, node, e.getDependent())) {
                    return List.of(new Resolved(part.actor(), part, e.getDependent()));
                }
            }
        }
        List<Resolved> examples = groups.examplesOf(s, node, depth);
        if (!examples.isEmpty()) {
            return examples;
        }
        IndexedWord whole = SHARES.contains(word) ? Syntax.child(g, node, "nmod") : null;
        if (whole != null && "de".equals(Syntax.caseWord(g, whole))) {
            // « l'essentiel des forces armées indiennes », « la plupart des armées arabes »: a share of what is named
            return resolveWithConjunctsAt(s, whole, depth + 1);
        }
        SemanticGraphEdge describes = Syntax.parentEdge(g, node);
        if (Syntax.isNoun(node) && s.mentionAt(node) == null && describes != null && describes.getRelation().toString().equals("appos")
                && s.mentionAt(describes.getGovernor()) != null && !organWithOwner(s, g, node)) {
            // "la Pologne et le Canada, premiers pays à livrer ...": a description stands for the names it describes
            // (those before it: "…, ainsi que les États-Unis" is not described).
            List<Resolved> r = before(resolveWithConjunctsAt(s, describes.getGovernor(), depth + 1), node);
            if (!r.isEmpty()) {
                return r;
            }
        }
        IndexedWord apposed = Syntax.child(g, node, "appos");
        if ("PRON".equals(node.tag()) && apposed != null) {
            // "Nous, ministres des Affaires étrangères de la Corée, du Japon et du Canada, condamnons ...".
            List<Resolved> r = resolveWithConjunctsAt(s, apposed, depth + 1);
            if (!r.isEmpty()) {
                return r;
            }
        }
        IndexedWord named = "PRON".equals(node.tag()) && EMPHATIC_PRONOUNS.contains(word) ? g.getNodeByIndexSafe(node.index() - 1) : null;
        if (named != null && s.mentionAt(named) != null) {
            // « l'Inde elle-même leur a cédé un sous-marin »: an emphatic pronoun stands for the name right before it
            return resolve(s, named, depth + 1);
        }
        IndexedWord described = DEMONSTRATIVE_PRONOUNS.contains(word) ? attributeOf(g, node) : null;
        if (described != null) {
            // « l'armée syrienne reste celle que l'URSS a équipée »: the pronoun is what the subject is
            return resolveWithConjunctsAt(s, described, depth + 1);
        }
        IndexedWord place = ImpersonalSubject.frontedPlace(g, node);
        if (place != null) {
            return resolveWithConjunctsAt(s, place, depth + 1);
        }
        Discourse discourse = s.discourse();
        if (discourse != null) {
            List<Actor> antecedents = discourse.antecedents(s, node);
            if (antecedents.isEmpty() && Syntax.isNoun(node) && OWN_STATE_NOUNS.contains(word)) {
                // « son pays », « leur pays », « notre pays »: the possessor's own state; « votre pays », asked of the
                // one interviewed or addressed, the state whose « nous » the text reports (« Nous avons rendu à Kiev … »,
                // an interview's title), else the state the text is about.
                IndexedWord det = Syntax.child(g, node, "det");
                antecedents = det == null ? List.of() : POSSESSIVES.contains(Syntax.lower(det)) ? discourse.antecedents(s, det)
                        : Anaphora.isFirstPerson(det.word(), det.tag()) ? discourse.ourCountry(s, det, false)
                        : SECOND_PERSON_POSSESSIVES.contains(Syntax.lower(det)) ? addressedCountry(s, det, discourse) : List.of();
            }
            if (!antecedents.isEmpty()) {
                return antecedents.stream().map(a -> new Resolved(a, null, node)).toList();
            }
        }
        if (COUNTERPARTS.contains(word) || COUNTERPARTS.contains(Morph.lemma(node)) || SUPPLIERS.contains(Morph.lemma(node))) {
            // « sa voisine croate », « l'allié américain », « nos voisins boliviens »: a counterpart named by its demonym;
            // so is a supplier (« commandés à un fournisseur israélien »).
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                Mention demonym = s.mentionAt(e.getDependent());
                if (e.getRelation().toString().equals("amod") && demonym != null && demonym.form() == NameForm.demonym) {
                    return List.of(new Resolved(demonym.actor(), demonym, e.getDependent()));
                }
            }
        }
        // An elided article the parser made a head ("de l'armée turque" as nmod(l') > amod(armée), amod(turque)) is
        // looked through like an organ noun.
        boolean transparent = TRANSPARENT_NOUNS.contains(word);
        String lemma = Morph.lemma(node);
        // « par la force »: how something is done, not an armed force; « la prise du pouvoir »: what is seized
        boolean manner = MANNER_NOUNS.contains(word) && "par".equals(Syntax.caseWord(g, node));
        boolean organ = isOrgan(node) && !manner && !seized(g, node);
        if (!transparent && !organ || organ && nonState(g, node)) {
            return List.of();
        }
        // An organ of a state: its name in apposition first, then its owner ("de la Russie", "russe"). A transparent
        // noun is looked through to its owner only ("fournisseur d'armes de l'Algérie"): "armes russes" names where the
        // weapons come from, not an actor. The members of an armed group stand for the group only ("les miliciens du
        // Hezbollah"; "les rebelles syriens" are not Syria).
        boolean memberNoun = gazetteer.isGroupMemberNoun(word) || gazetteer.isGroupMemberNoun(lemma);
        // "acl": the tagger may take a demonym for a participle ("le gouvernement soudanais").
        boolean elidedArticle = word.equals("l'") || word.equals("l’");
        // A demonym on the organ itself names its state before any complement does: "l'armée indonésienne de MiG".
        for (String rel : transparent && !elidedArticle ? List.of("nmod")
                : List.of("appos", "flat:name", "flat", "amod", "acl", "nmod", "det")) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                if (!e.getRelation().toString().equals(rel)) {
                    continue;
                }
                IndexedWord child = e.getDependent();
                String caseWord = Syntax.caseWord(g, child);
                if (rel.equals("nmod") && caseWord != null && !OWNER_CASES.contains(caseWord) || cityInName(s, node, child)
                        // a demonym taken for a participle has no complement: « le royaume, équipé par la France » is a clause
                        || rel.equals("acl") && !g.getChildren(child).isEmpty()) {
                    continue;
                }
                // "les armées du Mali, du Burkina Faso et du Niger": every owner.
                List<Resolved> r = resolveWithConjunctsAt(s, child, depth + 1);
                if (r.isEmpty() && rel.equals("nmod")) {
                    // "l'aviation de combat colombienne": the demonym may hang on a complement of the organ.
                    r = OrganOwners.demonymsOf(s, child);
                }
                if (memberNoun) {
                    r = r.stream().filter(x -> isArmedGroup(x.actor())).toList();
                }
                if (!r.isEmpty() && r.stream().allMatch(x -> unknownPerson(x.actor()))) {
                    // « le président John Kufuor »: a name the gazetteer does not know tells no state; the office does.
                    continue;
                }
                if (!r.isEmpty()) {
                    return r;
                }
            }
        }
        if (!transparent && !memberNoun && organ) {
            if (OrganOwners.ofNonStateBody(g, node)) {
                // « le chef de l'opposition », « le porte-parole des rebelles syriens »: no state's organ
                return List.of();
            }
            List<Resolved> demonym = OrganOwners.demonymBeside(s, node);
            demonym = demonym.isEmpty() ? OrganOwners.demonymOfConjuncts(s, node) : demonym;
            if (!demonym.isEmpty()) {
                return demonym;
            }
            boolean companyNoun = gazetteer.isCompanyNoun(word) || gazetteer.isCompanyNoun(lemma);
            if (companyNoun && depth == 0 && s.discourse() != null && definite(g, node) && !Morph.of(node).plural()
                    && g.outgoingEdgeList(node).stream().allMatch(e -> e.getRelation().toString().matches("det|case|punct"))) {
                // « le constructeur », « le chantier », bare and singular: the company last named (not « le groupe CETC »,
                // a name the gazetteer does not know, nor « les groupes tamouls »)
                List<Actor> maker = s.discourse().lastMaker(s.parsed().index(), node.index());
                if (!maker.isEmpty()) {
                    return maker.stream().map(a -> new Resolved(a, null, node)).toList();
                }
            }
            IndexedWord issuer = OrganOwners.issuer(g, node);
            if (issuer != null) {
                return resolveWithConjunctsAt(s, issuer, depth + 1);
            }
            if (OrganOwners.complemented(g, node)) {
                return List.of();
            }
            List<Resolved> inPower = OrganOwners.inPowerAt(s, node);
            if (!inPower.isEmpty()) {
                return inPower;
            }
            List<Resolved> where = OrganOwners.setting(s);
            if (where.isEmpty() && s.discourse() != null && depth == 0 && (definite(g, node) || possessedByNoState(s, g, node))
                    && !gazetteer.isCompanyNoun(word) && !gazetteer.isCompanyNoun(lemma) && !OrganOwners.ownerNamed(s, node)) {
                // "la junte", "le gouvernement", "les autorités" without a country: the one the text is about.
                where = s.discourse().ownerOfOrgan(s, node).stream().map(a -> new Resolved(a, null, node)).toList();
            }
            return where;
        }
        return List.of();
    }

    /**
     * « Airbus Military, la branche espagnole du groupe européen »: a company described in apposition by a state's
     * demonym acts for that state (a multinational's branch), or null when no apposition names one.
     */
    private Resolved nationalBranch(LinkedSentence s, IndexedWord company) {
        SemanticGraph g = s.parsed().graph();
        for (SemanticGraphEdge e : g.outgoingEdgeList(company)) {
            IndexedWord apposed = e.getDependent();
            if (!e.getRelation().toString().equals("appos") || !"NOUN".equals(apposed.tag()) || s.mentionAt(apposed) != null) {
                continue;
            }
            for (SemanticGraphEdge a : g.outgoingEdgeList(apposed)) {
                Mention d = a.getRelation().toString().equals("amod") ? s.mentionAt(a.getDependent()) : null;
                if (d != null && d.form() == NameForm.demonym && d.actor().kind() == ActorKind.State) {
                    return new Resolved(d.actor(), d, a.getDependent());
                }
            }
        }
        return null;
    }

    /** « l'italien Leonardo », « le français Thales »: a company in apposition to a demonym used as a noun, or null. */
    private static Resolved companyNamedAfterDemonym(LinkedSentence s, IndexedWord demonym) {
        if (!"NOUN".equals(demonym.tag())) {
            return null;
        }
        for (SemanticGraphEdge e : s.parsed().graph().outgoingEdgeList(demonym)) {
            Mention c = e.getRelation().toString().equals("appos") ? s.mentionAt(e.getDependent()) : null;
            if (c != null && c.actor().kind() == ActorKind.Company && e.getDependent().index() == demonym.index() + 1) {
                return new Resolved(c.actor(), c, e.getDependent());
            }
        }
        return null;
    }

    /** The subject of the clause whose attribute a word is (« reste celle », « est celui »), or null. */
    private static IndexedWord attributeOf(SemanticGraph g, IndexedWord attribute) {
        SemanticGraphEdge in = Syntax.parentEdge(g, attribute);
        if (Syntax.child(g, attribute, "cop") != null) {
            return Syntax.child(g, attribute, "nsubj");
        }
        return in != null && in.getRelation().toString().equals("xcomp") ? Syntax.child(g, in.getGovernor(), "nsubj") : null;
    }

    /** A person the gazetteer cannot put in a state (« local/… »). */
    private boolean unknownPerson(Actor a) {
        return a.kind() == ActorKind.Person && gazetteer.accountable(a) == null;
    }

    /**
     * « Kwame Mensah, le chef de l'État, a condamné … »: a person the gazetteer does not know (or no name it holds)
     * speaks for the state of the office in apposition, after the name or before it; none without one.
     */
    private List<Resolved> titleOf(LinkedSentence s, IndexedWord name, int depth) {
        SemanticGraph g = s.parsed().graph();
        List<SemanticGraphEdge> appositions = new ArrayList<>(g.outgoingEdgeList(name));
        SemanticGraphEdge in = Syntax.parentEdge(g, name);
        if (in != null && in.getRelation().toString().equals("appos") && in.getGovernor().index() < name.index()) {
            appositions.add(in); // « le haut-commissaire britannique, Fergus Cochrane-Dyet, auquel … »: the office before the name
        }
        for (SemanticGraphEdge e : appositions) {
            IndexedWord title = e.getDependent().equals(name) ? e.getGovernor() : e.getDependent();
            if (e.getRelation().toString().equals("appos") && Syntax.isNoun(title) && s.mentionAt(title) == null && isOrgan(title)) {
                // at the name's depth: the office may take the owner the text is about, as a bare one does
                List<Resolved> r = resolve(s, title, depth);
                if (!r.isEmpty() && r.stream().noneMatch(x -> unknownPerson(x.actor()))) {
                    return r;
                }
            }
        }
        return List.of();
    }

    /** « le gouvernement », « cette armée » (one named before): a definite or demonstrative determiner. */
    /**
     * « c'est leur propre gouvernement qui a acquis … », said of the members of a parliament: an organ whose possessive
     * takes up no state reads as a bare one.
     */
    private static boolean possessedByNoState(LinkedSentence s, SemanticGraph g, IndexedWord n) {
        IndexedWord det = Syntax.child(g, n, "det");
        return det != null && POSSESSIVES.contains(Syntax.lower(det)) && s.discourse().antecedents(s, det).isEmpty();
    }

    private static boolean definite(SemanticGraph g, IndexedWord n) {
        IndexedWord det = Syntax.child(g, n, "det");
        return det != null && (DEFINITE_DETERMINERS.contains(Syntax.lower(det)) || DEMONSTRATIVES.contains(Syntax.lower(det)));
    }

    /** « le Comité Helsinki »: a capital right after a capitalised noun is part of a body's name, not its state. */
    private static boolean cityInName(LinkedSentence s, IndexedWord noun, IndexedWord name) {
        Mention m = s.mentionAt(name);
        return m != null && m.form() == NameForm.capital && "NOUN".equals(noun.tag()) && name.index() == noun.index() + 1
                && Character.isUpperCase(noun.word().charAt(0));
    }

    private boolean isArmedGroup(Actor a) {
        Actor answering = gazetteer.accountable(a);
        return answering != null && answering.kind() == ActorKind.ArmedGroup;
    }

    List<Resolved> resolveWithConjunctsAt(LinkedSentence s, IndexedWord node, int depth) {
        Map<String, Resolved> out = new LinkedHashMap<>();
        addAll(out, resolve(s, node, depth));
        for (IndexedWord c : conjuncts(s.parsed().graph(), node)) {
            addAll(out, resolve(s, c, depth));
        }
        return new ArrayList<>(out.values());
    }

    /** The actors named before a word (and those not named at a word of the sentence). */
    private static List<Resolved> before(List<Resolved> found, IndexedWord word) {
        return found.stream().filter(x -> x.node() == null || x.node().index() < word.index()).toList();
    }

    /** « les forces non étatiques de l'est du pays »: forces said not to be the state's are no organ of it. */
    private static boolean nonState(SemanticGraph g, IndexedWord organ) {
        return g.outgoingEdgeList(organ).stream().filter(e -> e.getRelation().toString().equals("amod")).map(SemanticGraphEdge::getDependent)
                .anyMatch(a -> NON_STATE.contains(Syntax.lower(a)) && g.getChildren(a).stream().anyMatch(c -> "non".equals(Syntax.lower(c)))
                        || Syntax.lower(a).startsWith("non-") && NON_STATE.contains(Syntax.lower(a).substring("non-".length())));
    }

    /** « la prise du pouvoir », « le renversement du gouvernement »: an organ that an event noun acts on. */
    private static boolean seized(SemanticGraph g, IndexedWord organ) {
        SemanticGraphEdge in = Syntax.parentEdge(g, organ);
        return in != null && in.getRelation().toString().equals("nmod") && "de".equals(Syntax.caseWord(g, organ))
                && PATIENT_EVENT_NOUNS.contains(Morph.lemma(in.getGovernor()));
    }

    /** A noun of an organ acting for a state (agent-nouns.tsv), as written or by its lemma (a plural only as written). */
    private boolean isOrgan(IndexedWord n) {
        if (gazetteer.isAgentNoun(Syntax.lower(n))) {
            return true;
        }
        // « les États membres »: the plural of a noun of states (« l'État ») names several states, not one's organ
        Morph m = Morph.of(n);
        return gazetteer.isAgentNoun(Morph.lemma(n)) && !(m != null && m.plural() && Anaphor.isStateNoun(Morph.lemma(n)));
    }

    /** « Tel-Aviv (Ambassade de France) »: an organ in apposition that names its owner is the owner's, not the name's. */
    private boolean organWithOwner(LinkedSentence s, SemanticGraph g, IndexedWord organ) {
        return isOrgan(organ) && g.outgoingEdgeList(organ).stream().anyMatch(e -> e.getRelation().toString().equals("nmod") && s.mentionAt(e.getDependent()) != null);
    }

    /** A plural common noun counted by a number, the subject of its clause (« Deux parrains successifs ont équipé »). */
    private static boolean countedSubject(SemanticGraph g, IndexedWord node) {
        SemanticGraphEdge in = Syntax.parentEdge(g, node);
        return "NOUN".equals(node.tag()) && Morph.of(node).plural() && Syntax.child(g, node, "nummod") != null
                && in != null && in.getRelation().toString().startsWith("nsubj");
    }

    /** The country of the one a « votre » outside quotation marks addresses: that of the text's « nous », else its main state. */
    private static List<Actor> addressedCountry(LinkedSentence s, IndexedWord det, Discourse discourse) {
        List<Actor> ours = Syntax.betweenQuotes(s.parsed().tokens(), det.index() - 1) ? List.of() : discourse.ourCountry(s, det, true);
        return ours.isEmpty() ? discourse.stateOfText() : ours;
    }
}
