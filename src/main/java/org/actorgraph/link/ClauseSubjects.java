package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of {@link Discourse}: the subject of the clause an anaphor is in, which a possessive usually stands for
 * (« la Russie et ses clients ») and an object pronoun never does (« Paris lui vend »), and where a possessive is
 * out of the subject's reach (an adjunct, the attribute of a copular verb).
 */
final class ClauseSubjects {
    /** What names a noun with it ("l'armée égyptienne", "le rôle des États-Unis"); not an apposition, which the noun may be. */
    private static final Set<String> NAMING = Set.of("nmod", "amod", "flat", "flat:name", "compound");
    private static final Set<String> PERCEPTION_VERBS = FrenchWords.list("perception-verb");
    private static final Set<String> COPULAR = FrenchWords.list("copular-verb");
    private static final Set<String> DATIVE_CASES = FrenchWords.list("dative-case");
    private final Gazetteer gazetteer;

    ClauseSubjects(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Whether a possessed noun is an adjunct of its clause ("des sanctions à la Turquie en raison de son acquisition"),
     * where the possessive refers to what was just named rather than to the subject.
     */
    static boolean inAdjunct(SemanticGraph g, IndexedWord det) {
        SemanticGraphEdge noun = Syntax.parentEdge(g, det);
        SemanticGraphEdge in = noun == null ? null : Syntax.parentEdge(g, noun.getGovernor());
        if (in == null) {
            return false;
        }
        String rel = in.getRelation().toString();
        SemanticGraphEdge above = Syntax.parentEdge(g, in.getGovernor());
        if (rel.equals("nmod") && above != null
                && Set.of("nsubj", "nsubj:pass", "obj", "xcomp").contains(above.getRelation().toString())) {
            // "une bonne partie de ses vieux T-72 a été cédée": part of an argument, not an adjunct.
            return false;
        }
        if (rel.equals("nmod") && Syntax.child(g, in.getGovernor(), "cop") != null) {
            // « Londres a été le fournisseur historique de ses forces armées »: part of what the subject is said to be
            return false;
        }
        return (rel.equals("obl") || rel.equals("obl:mod") || rel.equals("nmod") || rel.equals("advcl"))
                && !Syntax.hasCaseOrMark(g, noun.getGovernor(), FrenchWords.list("dative-case"))
                && !(rel.startsWith("obl") && Syntax.hasCaseOrMark(g, noun.getGovernor(), FrenchWords.list("instrument-case")));
    }

    /**
     * "L'Inde diversifie ses achats, mais Moscou reste son premier fournisseur": a possessive on what a copular verb
     * says its subject is, or on an apposition to the subject, does not stand for that subject.
     */
    static boolean onAttribute(SemanticGraph g, IndexedWord det) {
        SemanticGraphEdge noun = Syntax.parentEdge(g, det);
        SemanticGraphEdge in = noun == null ? null : Syntax.parentEdge(g, noun.getGovernor());
        // « le Royaume-Uni demeure son partenaire traditionnel et son fournisseur historique »: a conjunct of the attribute
        for (int i = 0; i < 4 && in != null && in.getRelation().toString().equals("conj"); i++) {
            in = Syntax.parentEdge(g, in.getGovernor());
        }
        SemanticGraphEdge above = in == null ? null : Syntax.parentEdge(g, in.getGovernor());
        if (deComplement(g, in) && above != null && Set.of("obj", "xcomp").contains(above.getRelation().toString())) {
            in = above; // « la France est devenue le fournisseur de son armée »
        }
        // « La France, son partenaire historique, lui a livré »: nor one on an apposition to the subject
        SemanticGraphEdge anchor = in == null || !in.getRelation().toString().equals("appos") ? null : Syntax.parentEdge(g, in.getGovernor());
        // « La Turquie et Israël, ses fournisseurs attitrés, continuent de lui livrer »: or to a coordinated subject
        for (int i = 0; i < 4 && anchor != null && anchor.getRelation().toString().equals("conj"); i++) {
            anchor = Syntax.parentEdge(g, anchor.getGovernor());
        }
        boolean onSubjectApposition = anchor != null && anchor.getRelation().toString().startsWith("nsubj");
        // « le Japon figure parmi leurs premiers clients »: being among them says what the subject is, too
        boolean among = in != null && in.getRelation().toString().startsWith("obl") && "parmi".equals(Syntax.caseWord(g, noun.getGovernor()));
        return in != null && (in.getRelation().toString().equals("obj") || in.getRelation().toString().equals("xcomp"))
                && COPULAR.contains(Morph.lemma(in.getGovernor())) || onSubjectApposition || among;
    }

    /**
     * « la France, protectrice du pays et fournisseur traditionnel de son armée »: the noun that a phrase holding a
     * possessive (on its head or on the head's « de » complement) is in apposition to, after a comma and through a
     * list; or null.
     */
    static IndexedWord apposedTo(SemanticGraph g, IndexedWord det) {
        SemanticGraphEdge up = Syntax.parentEdge(g, det);
        up = up == null ? null : Syntax.parentEdge(g, up.getGovernor());
        if (deComplement(g, up)) {
            up = Syntax.parentEdge(g, up.getGovernor());
        }
        for (int i = 0; i < 4 && up != null && up.getRelation().toString().equals("conj"); i++) {
            up = Syntax.parentEdge(g, up.getGovernor());
        }
        IndexedWord before = up == null ? null : g.getNodeByIndexSafe(Syntax.phraseStart(g, up.getDependent()) - 1);
        return up != null && up.getRelation().toString().equals("appos") && before != null && before.word().equals(",")
                ? up.getGovernor() : null;
    }

    /**
     * « La France a longtemps été son fournisseur naturel »: a possessive on the attribute of « être », which UD makes
     * the head of the clause, with the copula its child.
     */
    static boolean onCopulaAttribute(SemanticGraph g, IndexedWord det) {
        SemanticGraphEdge noun = Syntax.parentEdge(g, det);
        if (noun == null) {
            return false;
        }
        // « Londres a été le fournisseur de son armée »: on the attribute's « de » complement, too
        SemanticGraphEdge of = Syntax.parentEdge(g, noun.getGovernor());
        return Syntax.child(g, noun.getGovernor(), "cop") != null
                || deComplement(g, of) && Syntax.child(g, of.getGovernor(), "cop") != null;
    }

    /** Whether an edge hangs a « de » complement on the noun above it (« le fournisseur de son armée »). */
    private static boolean deComplement(SemanticGraph g, SemanticGraphEdge e) {
        return e != null && e.getRelation().toString().equals("nmod") && "de".equals(Syntax.caseWord(g, e.getDependent()));
    }

    /**
     * « Leur armée, que la Chine équipe, s'est offert des blindés, et elle a reçu … »: the tokens of the subject (and of
     * its possessive) of the clause a subject pronoun's clause is coordinated with; none otherwise.
     */
    static Set<Integer> coordinatedSubject(SemanticGraph g, IndexedWord subject) {
        SemanticGraphEdge in = Syntax.parentEdge(g, subject);
        SemanticGraphEdge conj = in == null || !in.getRelation().toString().startsWith("nsubj") ? null : Syntax.parentEdge(g, in.getGovernor());
        IndexedWord other = conj == null || !conj.getRelation().toString().equals("conj") ? null : Syntax.child(g, conj.getGovernor(), "nsubj");
        Set<Integer> tokens = new HashSet<>();
        if (other != null && other.index() < subject.index()) {
            tokens.add(other.index());
            IndexedWord det = Syntax.child(g, other, "det");
            if (det != null) {
                tokens.add(det.index());
            }
        }
        return tokens;
    }

    /**
     * « Quant à la Russie, elle a cédé … »: the topic a subject pronoun's clause announces before it (or the subject it
     * doubles: « l'Union soviétique avait elle aussi livré »), or null; also the
     * topic that opens the sentence when the parser hung it on a relative clause in between (« Quant au Qatar, qui avait
     * acheté ses F1, il les revendra »).
     */
    static IndexedWord topic(SemanticGraph g, IndexedWord subject) {
        SemanticGraphEdge in = Syntax.parentEdge(g, subject);
        if (in == null || !in.getRelation().toString().startsWith("nsubj")) {
            return null;
        }
        // « l'Union soviétique avait elle aussi livré »: a pronoun that doubles the subject before it
        IndexedWord doubled = g.outgoingEdgeList(in.getGovernor()).stream().filter(e -> e.getRelation().toString().equals("nsubj")
                && e.getDependent().index() < subject.index() && Syntax.isNoun(e.getDependent())).map(SemanticGraphEdge::getDependent)
                .findFirst().orElse(null);
        if (doubled != null) {
            return doubled;
        }
        Set<String> topicCase = FrenchWords.list("topic-case");
        return g.getChildren(in.getGovernor()).stream().filter(d -> d.index() < subject.index() && Syntax.hasCaseOrMark(g, d, topicCase))
                .findFirst().orElseGet(() -> g.vertexListSorted().stream().filter(d -> d.index() < subject.index()
                        && Syntax.hasCaseOrMark(g, d, topicCase) && Syntax.phraseStart(g, d) == 1).findFirst().orElse(null));
    }

    /**
     * "le principal fournisseur de l'armée éthiopienne, à laquelle elle a livré des chars": a subject pronoun stands for
     * none of its verb's other arguments, nor for the noun that a relative pronoun among them takes up (binding
     * theory's principle B), nor for those of a participle that shares its subject. The tokens of those arguments (with
     * {@code coreOnly}, objects and « à »/« de » arguments only, not adjuncts; {@code withConjuncts}, those of a verb
     * coordinated with its own as well); none for a word that is not a subject.
     */
    static Set<Integer> coArguments(SemanticGraph g, IndexedWord subject, boolean coreOnly, boolean withConjuncts) {
        Set<Integer> tokens = new HashSet<>();
        SemanticGraphEdge in = Syntax.parentEdge(g, subject);
        if (in == null || !in.getRelation().toString().startsWith("nsubj") && !MentionRoles.dislocated(in)) {
            return tokens;
        }
        IndexedWord verb = in.getGovernor();
        SemanticGraphEdge clause = Syntax.parentEdge(g, verb);
        List<SemanticGraphEdge> arguments = new ArrayList<>(g.outgoingEdgeList(verb));
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            // « le royaume a rappelé son ambassadeur en accusant la Suède »: a participle's subject is the verb's.
            IndexedWord p = e.getDependent();
            if (e.getRelation().toString().equals("advcl") && Syntax.isPresentParticiple(p) && Syntax.child(g, p, "nsubj") == null) {
                arguments.addAll(g.outgoingEdgeList(p));
            }
            // « le royaume avait rappelé son ambassadeur et reproché à Stockholm … »: so is a coordinated verb's, for a
            // state noun (not for an organ, « la résolution … », nor a pronoun, whose verbs may share no argument)
            if (withConjuncts && e.getRelation().toString().equals("conj") && "VERB".equals(p.tag()) && Syntax.child(g, p, "cc") != null
                    && Syntax.child(g, p, "nsubj") == null && Syntax.child(g, p, "nsubj:pass") == null) {
                arguments.addAll(g.outgoingEdgeList(p));
            }
        }
        for (SemanticGraphEdge e : arguments) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            // « Côté iranien, la République islamique se tourna vers … »: an aside says whose side, it is no argument.
            // « le gouvernement a cédé à Kiev »: a dative the parser left a plain obl is an argument too
            boolean isArgument = rel.equals("obj") || rel.equals("iobj")
                    || (coreOnly ? rel.equals("obl:arg") || rel.equals("obl") && Syntax.hasCaseOrMark(g, d, DATIVE_CASES) : rel.startsWith("obl"));
            if (!isArgument || FrenchWords.list("aside-noun").contains(Syntax.lower(d))) {
                continue;
            }
            boolean relative = FrenchWords.list("relative-pronoun").contains(Syntax.lower(d)) && clause != null
                    && clause.getRelation().toString().startsWith("acl");
            IndexedWord beforeComma = relative ? RelativeAntecedent.nounBeforeComma(g, d) : null;
            IndexedWord argument = !relative ? d : beforeComma != null ? beforeComma : clause.getGovernor();
            named(g, argument).forEach(w -> tokens.add(w.index()));
        }
        return tokens;
    }

    /** A noun and what names it with it (complements, adjectives, names), not its clauses. */
    private static Set<IndexedWord> named(SemanticGraph g, IndexedWord noun) {
        Set<IndexedWord> words = new HashSet<>(Set.of(noun));
        for (SemanticGraphEdge e : g.outgoingEdgeList(noun)) {
            if (NAMING.contains(e.getRelation().toString())) {
                words.addAll(named(g, e.getDependent()));
            }
        }
        return words;
    }

    /**
     * « la France, autre fournisseur traditionnel du royaume, lui avait vendu une frégate »: a dative pronoun whose
     * clause's subject is described, in apposition, as the supplier of someone stands for that someone. Its « de »
     * complement, or null.
     */
    static IndexedWord suppliedBySubject(SemanticGraph g, IndexedWord pronoun) {
        SemanticGraphEdge in = Syntax.parentEdge(g, pronoun);
        IndexedWord subject = in == null ? null : Syntax.child(g, in.getGovernor(), "nsubj");
        if (subject == null || !in.getRelation().toString().matches("iobj|obl.*")) {
            return null;
        }
        return suppliedComplement(g, subject);
    }

    /**
     * « le Nicaragua a saisi la Cour contre le Honduras, lui reprochant … », « l'accusant … »: the dative or object
     * pronoun of a present participle hung on a verb stands for the party that verb acts « contre » (on the verb or on
     * its object); or null.
     */
    static IndexedWord opposedByMainVerb(SemanticGraph g, IndexedWord pronoun) {
        SemanticGraphEdge in = Syntax.parentEdge(g, pronoun);
        SemanticGraphEdge up = in == null ? null : Syntax.parentEdge(g, in.getGovernor());
        if (up == null || !in.getRelation().toString().matches("iobj|obj") || !Morph.of(in.getGovernor()).presentParticiple()) {
            return null;
        }
        // (« saisissait la Cour contre le Nigeria, l'accusant »: the parser may hang the participle on the verb's object)
        SemanticGraphEdge onObject = up.getRelation().toString().equals("acl") ? Syntax.parentEdge(g, up.getGovernor()) : null;
        IndexedWord verb = up.getRelation().toString().equals("advcl") ? up.getGovernor()
                : onObject != null && onObject.getRelation().toString().equals("obj") ? onObject.getGovernor() : null;
        if (verb == null) {
            return null;
        }
        IndexedWord object = Syntax.child(g, verb, "obj");
        for (IndexedWord host : object == null ? List.of(verb) : List.of(verb, object)) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(host)) {
                if (e.getRelation().toString().matches("obl.*|nmod") && Syntax.hasCaseOrMark(g, e.getDependent(), Set.of("contre"))) {
                    return e.getDependent();
                }
            }
        }
        return null;
    }

    /**
     * The « de » complement of a supplier noun in apposition to a subject (« Moscou, fournisseur de Tachkent, »; the
     * parser may make the apposition a conjunct without « et »), or null.
     */
    static IndexedWord suppliedComplement(SemanticGraph g, IndexedWord subject) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(subject)) {
            IndexedWord noun = e.getDependent();
            boolean apposed = e.getRelation().toString().equals("appos")
                    || e.getRelation().toString().equals("conj") && Syntax.child(g, noun, "cc") == null;
            if (apposed && FrenchWords.list("supplier-noun").contains(Morph.lemma(noun))) {
                for (SemanticGraphEdge c : g.outgoingEdgeList(noun)) {
                    if (c.getRelation().toString().equals("nmod") && Syntax.hasCaseOrMark(g, c.getDependent(), FrenchWords.list("owner-case"))) {
                        return c.getDependent();
                    }
                }
            }
        }
        return null;
    }

    /**
     * « Moscou, allié historique de la Serbie et fournisseur de son armée, lui a cédé six MiG-29 », « Les États-Unis,
     * dont le Japon dépend pour son armement, lui ont vendu … »: a dative pronoun whose clause's subject is described,
     * in an apposition or by a relative clause whose subject is a state, by its dealings with one other state stands for
     * that state. The head of that state's mention, or null (none, or more than one).
     */
    IndexedWord partnerOfSubject(LinkedSentence s, SemanticGraph g, IndexedWord pronoun) {
        SemanticGraphEdge in = Syntax.parentEdge(g, pronoun);
        IndexedWord subject = in == null ? null : Syntax.child(g, in.getGovernor(), "nsubj");
        Mention named = subject == null ? null : s.mentionAt(subject);
        if (named == null || !in.getRelation().toString().matches("iobj|obl.*")) {
            return null;
        }
        Actor own = gazetteer.accountable(named.actor());
        Set<Actor> states = new HashSet<>();
        IndexedWord partner = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(subject)) {
            IndexedWord description = e.getDependent();
            if (!e.getRelation().toString().matches("appos|acl:relcl") || description.index() > pronoun.index()) {
                continue;
            }
            // a relative clause by what the state does to the subject (« dont le Japon dépend »), not by what the
            // subject thinks of it (« qui voit en Bagdad la principale menace »)
            IndexedWord scope = e.getRelation().toString().equals("appos") ? description : Syntax.child(g, description, "nsubj");
            Set<IndexedWord> under = scope == null ? Set.of() : g.descendants(scope);
            for (Mention m : scope == null ? List.<Mention>of() : s.mentions()) {
                IndexedWord head = MentionRoles.headOf(s, g, m);
                Actor state = gazetteer.accountable(m.actor());
                if (head != null && state != null && m.actor().kind() != ActorKind.WeaponSystem && !state.equals(own)
                        && under.contains(head)) {
                    states.add(state);
                    partner = head;
                }
            }
        }
        return states.size() == 1 ? partner : null;
    }

    /**
     * "…, diversifie ses achats auprès de l'Inde, qui lui a vendu des lance-roquettes": an object pronoun in a relative
     * clause on a state that is a complement of a verb stands for that verb's subject (said, or shared with the verb
     * it is coordinated with), the partner the relative clause describes a dealing with; null elsewhere.
     */
    static IndexedWord hostSubject(LinkedSentence s, SemanticGraph g, IndexedWord pronoun) {
        SemanticGraphEdge clause = Syntax.parentEdge(g, pronoun);
        SemanticGraphEdge relative = clause == null ? null : Syntax.parentEdge(g, clause.getGovernor());
        if (relative == null || !relative.getRelation().toString().equals("acl:relcl")) {
            return null;
        }
        IndexedWord before = RelativeAntecedent.nounBeforeComma(g, clause.getGovernor());
        if (s.mentionAt(relative.getGovernor()) == null && (before == null || s.mentionAt(before) == null)) {
            // "l'allié officiel d'Erevan, qui lui achetait": the clause on the phrase of a state.
            return null;
        }
        IndexedWord n = relative.getGovernor();
        for (int i = 0; i < 4 && n != null && !"VERB".equals(n.tag()); i++) {
            SemanticGraphEdge up = Syntax.parentEdge(g, n);
            String rel = up == null ? "" : up.getRelation().toString();
            n = rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("obj") || rel.equals("conj") || rel.equals("appos")
                    ? up.getGovernor() : null;
        }
        if (n == null || !"VERB".equals(n.tag())) {
            return null;
        }
        IndexedWord subject = Syntax.child(g, n, "nsubj");
        SemanticGraphEdge conj = Syntax.parentEdge(g, n);
        // "…, tout en restant l'allié d'Erevan, qui lui achetait": a gerund's subject is its governor's too.
        if (subject == null && conj != null && (conj.getRelation().toString().equals("conj")
                || conj.getRelation().toString().equals("advcl") && Morph.of(n).presentParticiple())) {
            subject = Syntax.child(g, conj.getGovernor(), "nsubj");
        }
        return subject == null || Syntax.isRelativePronoun(subject) || subject.equals(relative.getGovernor()) ? null : subject;
    }

    /**
     * The owner of "ses" / "leurs": the subject, said or understood, of the clause the possessed noun is in. A
     * singular possessive never stands for a plural subject ("les États-Unis équipaient son armée": not theirs).
     */
    List<Actor> possessor(LinkedSentence s, IndexedWord det, boolean pluralPossessive) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord n = det;
        for (int i = 0; i < 5; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, n);
            if (in == null) {
                return List.of();
            }
            n = in.getGovernor();
            if ("VERB".equals(n.tag()) || "AUX".equals(n.tag())) {
                IndexedWord subject = Syntax.child(g, n, "nsubj");
                if (subject == null) {
                    continue;
                }
                if (Anaphor.of(s, g, subject) != null || !pluralPossessive && pluralSubject(g, subject)) {
                    return List.of();
                }
                Actor maker = makerOfNamedWeapon(s, g, subject);
                if (maker != null) {
                    return List.of(maker);
                }
                List<Actor> out = new ArrayList<>();
                for (Mention m : subjectMentions(s, g, subject, subject.equals(in.getDependent()))) {
                    Actor a = gazetteer.accountable(m.actor());
                    if (a != null && !out.contains(a)) {
                        out.add(a);
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /**
     * « Le blindé Patria AMV, mis au point avec l'aide de la Suède, a trouvé ses premiers clients »: a subject that is a
     * weapon system (its head, or the name set beside its head) owns what the possessive names through its maker's
     * state, not through a state named further down its phrase; null when the subject is no weapon or its maker is
     * unknown.
     */
    private Actor makerOfNamedWeapon(LinkedSentence s, SemanticGraph g, IndexedWord subject) {
        List<IndexedWord> heads = new ArrayList<>(List.of(subject));
        g.outgoingEdgeList(subject).stream().filter(e -> e.getRelation().toString().matches("appos|flat.*|compound"))
                .forEach(e -> heads.add(e.getDependent()));
        for (IndexedWord head : heads) {
            Mention m = s.mentionAt(head);
            if (m != null && m.actor().isWeapon()) {
                return gazetteer.originOf(m.actor());
            }
        }
        return null;
    }

    /**
     * The mentions in a subject phrase; when the phrase holds the word being resolved ({@code ownPhrase}), not those in
     * its « auprès de » complement: « leur ambassadrice auprès des Nations unies » — where an envoy serves neither owns
     * the possessive nor is the subject.
     */
    private static List<Mention> subjectMentions(LinkedSentence s, SemanticGraph g, IndexedWord subject, boolean ownPhrase) {
        List<Mention> all = MentionRoles.mentionsUnder(s, g, subject);
        // « les Américains, principaux fournisseurs de l'armée taïwanaise, lui ont livré »: not whom the subject supplies
        IndexedWord supplied = suppliedComplement(g, subject);
        if (supplied != null) {
            Set<Mention> suppliedMentions = new HashSet<>(MentionRoles.mentionsUnder(s, g, supplied));
            all = all.stream().filter(m -> !suppliedMentions.contains(m)).toList();
        }
        if (!ownPhrase) {
            return all;
        }
        Set<Mention> host = new HashSet<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(subject)) {
            if ("auprès".equals(Syntax.caseWord(g, e.getDependent()))) {
                g.descendants(e.getDependent()).stream().map(s::mentionAt).filter(m -> m != null).forEach(host::add);
            }
        }
        return all.stream().filter(m -> !host.contains(m)).toList();
    }

    private static boolean pluralSubject(SemanticGraph g, IndexedWord subject) {
        IndexedWord det = Syntax.child(g, subject, "det");
        return Morph.of(subject).plural() || det != null && Syntax.lower(det).equals("les") || Syntax.child(g, subject, "conj") != null;
    }

    /** For a verb on a noun in apposition to names ("…, premiers pays à livrer"), the apposition's edge; else null. */
    private static SemanticGraphEdge describedNames(SemanticGraph g, IndexedWord verb) {
        SemanticGraphEdge acl = Syntax.parentEdge(g, verb);
        SemanticGraphEdge appos = acl == null || !acl.getRelation().toString().equals("acl") ? null : Syntax.parentEdge(g, acl.getGovernor());
        return appos != null && appos.getRelation().toString().equals("appos") ? appos : null;
    }

    /** The states named in the subject of the clause an anaphor is in: an object pronoun does not refer to them. */
    Set<Actor> clauseSubjectStates(LinkedSentence s, IndexedWord anaphor, Function<IndexedWord, List<Actor>> resolvedPronoun) {
        SemanticGraph g = s.parsed().graph();
        Set<Actor> out = new LinkedHashSet<>();
        IndexedWord n = anaphor;
        for (int i = 0; i < 4; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, n);
            if (in == null) {
                break;
            }
            n = in.getGovernor();
            // « les Pays-Bas avaient vu Pékin les accuser »: the infinitive's subject is what is seen, not who sees
            IndexedWord subject = in.getRelation().toString().equals("xcomp") && PERCEPTION_VERBS.contains(Morph.lemma(n))
                    ? Syntax.child(g, n, "obj") : null;
            if (subject == null) {
                subject = Syntax.child(g, n, "nsubj");
            }
            if (subject == null) {
                // "des obusiers, qui leur ont été vendus par la Chine": a passive clause's subject ends the climb too.
                subject = Syntax.child(g, n, "nsubj:pass");
            }
            if (subject == null && in.getRelation().toString().equals("acl") && COPULAR.contains(Morph.lemma(in.getDependent()))) {
                // « les armées du Sénégal et du Tchad, restées ses clientes »: what the participle is said of
                subject = n;
            }
            SemanticGraphEdge described = describedNames(g, n);
            if (subject == null && described != null) {
                // "la Pologne et le Canada, premiers pays à lui livrer des chars": the infinitive's understood subject.
                subject = described.getGovernor();
            }
            if (subject != null && !subject.equals(anaphor)) {
                for (Mention m : subjectMentions(s, g, subject, subject.equals(in.getDependent()))) {
                    Actor a = gazetteer.accountable(m.actor());
                    if (a != null) {
                        out.add(a);
                    }
                }
                // (« elle est restée le fournisseur de l'armée de terre »: the subject of a copular verb, through its attribute)
                // (and « l'ancienne puissance coloniale demeure son fournisseur »: a possessive on the attribute)
                boolean attributeOf = i == 1 && COPULAR.contains(Morph.lemma(n)) && (Syntax.isNoun(anaphor) || "DET".equals(anaphor.tag()))
                        && in.getRelation().toString().matches("xcomp|obj");
                // (« il a décidé de lui céder nos hélicoptères »: and the subject of the verb an infinitive completes, the
                // infinitive's own understood subject)
                boolean controller = i == 1 && in.getRelation().toString().equals("xcomp") && Morph.of(in.getDependent()).infinitive()
                        && !PERCEPTION_VERBS.contains(Morph.lemma(n));
                if ((i == 0 || attributeOf || controller) && Anaphor.of(s, g, subject) != null) {
                    // "elle lui a livré", "l'ancienne puissance coloniale … lui livre": the subject pronoun or description
                    // of the same verb, already resolved, is not what "lui" stands for (that of a clause above may be:
                    // "elle a signé …, et les batteries lui ont été livrées").
                    out.addAll(resolvedPronoun.apply(subject));
                }
                if (Syntax.isRelativePronoun(subject)) {
                    IndexedWord antecedent = RelativeAntecedent.of(g, subject);
                    Mention m = antecedent == null ? null : s.mentionAt(antecedent);
                    if (m != null && gazetteer.accountable(m.actor()) != null) {
                        out.add(gazetteer.accountable(m.actor()));
                    }
                    // « l'aviation équatorienne, qui lui a acheté ses Kfir »: an organ antecedent, by its demonym
                    for (SemanticGraphEdge e : m != null || antecedent == null ? List.<SemanticGraphEdge>of() : g.outgoingEdgeList(antecedent)) {
                        Mention owner = e.getRelation().toString().equals("amod") ? s.mentionAt(e.getDependent()) : null;
                        if (owner != null && owner.form() == NameForm.demonym && gazetteer.accountable(owner.actor()) != null) {
                            out.add(gazetteer.accountable(owner.actor()));
                        }
                    }
                }
                break;
            }
        }
        return out;
    }
}
