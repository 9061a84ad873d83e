package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * What a document has said before a point, for the anaphora the press uses in place of a name: subject and
 * object pronouns ("il", "lui", "leur", "l'"), possessives ("ses ventes"), definite descriptions ("le pays",
 * "le royaume", "l'émirat", "ces deux pays", "les deux voisins"), and "ce dernier". Each sentence, once linked,
 * is recorded in order ({@link #record}): the states it names, the groups it coordinates, and the anaphora it
 * holds, resolved, so that a chain of them keeps its referent.
 */
public final class Discourse {
    /** Head nouns of a definite description of a state (gazetteer/description-nouns.tsv). */
    private static final Set<String> STATE_NOUNS = WordList.load("gazetteer/description-nouns.tsv");
    private static final Map<String, Integer> NUMBERS = Map.of("deux", 2, "trois", 3, "quatre", 4, "cinq", 5, "six", 6,
            "2", 2, "3", 3, "4", 4, "5", 5);
    private static final Set<String> SINGULAR_DETERMINERS = Set.of("le", "la", "l'", "l’", "ce", "cet", "cette");
    private static final Set<String> PLURAL_DETERMINERS = Set.of("les", "ces");
    private static final int WINDOW = 2;
    /** Relations under a phrase's head that still name what the phrase is. */
    private static final Set<String> NAMING = Set.of("flat", "flat:name", "conj", "amod", "nmod", "compound");
    /** Salience of a mention by its grammatical role (after Lappin and Leass, 1994): subject, object, oblique, other. */
    private static final int SUBJECT = 80;
    private static final int OBJECT = 50;
    private static final int OBLIQUE = 40;
    private static final int OTHER = 30;
    /** A state named as a place ("les terroristes en Irak") is rarely what a pronoun stands for. */
    private static final int PLACE = 10;
    private static final int DESCRIPTION_WINDOW = 4;

    /** A state, or a group of states, named or referred to at a place in the document. */
    private record Entity(int sentence, int token, List<Actor> states, int role, boolean plural, char gender,
            boolean objectPronoun) {
        boolean subject() {
            return role == SUBJECT;
        }

        boolean before(int s, int t) {
            return sentence < s || (sentence == s && token < t);
        }

        boolean single() {
            return states.size() <= 1;
        }
    }

    private enum Kind { subjectPronoun, objectPronoun, possessive, description, lastNamed }

    /** What an anaphor asks for. */
    private record Anaphor(Kind kind, boolean plural, char gender, int count, String noun) {}

    private final List<Entity> entities = new ArrayList<>();
    private final Map<Actor, Integer> mentions = new HashMap<>();
    private Gazetteer gazetteer;

    /** Records what a sentence names and refers to, once it has been linked; sentences are recorded in order. */
    public void record(LinkedSentence s, Gazetteer g, ActorResolver resolver) {
        this.gazetteer = g;
        int index = s.parsed().index();
        SemanticGraph graph = s.parsed().graph();
        for (Mention m : s.mentions()) {
            Actor state = g.accountable(m.actor());
            if (state == null) {
                continue;
            }
            int token = s.firstTokenOf(m);
            IndexedWord head = graph == null ? null : headOf(s, graph, m);
            int role = head == null ? OTHER : role(graph, head);
            add(new Entity(index, head != null ? head.index() : token, List.of(state), role, plural(s, m), gender(s, m), false));
            mentions.merge(state, 1, Integer::sum);
        }
        if (graph == null) {
            return;
        }
        for (IndexedWord n : graph.vertexListSorted()) {
            if (g.isGroupMemberNoun(Morph.lemma(n)) && resolver.resolve(s, n, 0).isEmpty()) {
                // "les terroristes en Irak ..., leur fournissant": people the gazetteer cannot name are candidates too.
                add(new Entity(index, n.index(), List.of(), role(graph, n), true, 'e', false));
            }
            if (isUnlinkedPerson(s, graph, n)) {
                // "Pékin lui reproche ...": a person the gazetteer does not know may be what a pronoun stands for.
                add(new Entity(index, n.index(), List.of(), role(graph, n), false, 'e', false));
            }
        }
        for (IndexedWord n : graph.vertexListSorted()) {
            Anaphor a = anaphor(s, graph, n);
            if (a != null) {
                List<Actor> states = antecedents(s, n);
                if (!states.isEmpty()) {
                    add(new Entity(index, n.index(), states, role(graph, n), a.plural || states.size() > 1, a.gender,
                            a.kind == Kind.objectPronoun));
                    states.forEach(x -> mentions.merge(x, 1, Integer::sum));
                }
                continue;
            }
            if (!ActorResolver.conjuncts(graph, n).isEmpty()) {
                List<Actor> states = resolver.resolveWithConjuncts(s, n).stream().map(r -> g.accountable(r.actor()))
                        .filter(x -> x != null).distinct().toList();
                if (states.size() >= 2) {
                    add(new Entity(index, n.index(), states, role(graph, n), true, 'e', false));
                }
            }
        }
    }

    /** The first word of a person's name that CoreNLP found and the gazetteer does not know. */
    private static boolean isUnlinkedPerson(LinkedSentence s, SemanticGraph g, IndexedWord n) {
        if (s.mentionAt(n) != null || !"I-PER".equals(s.corenlpNer(n.index()))) {
            return false;
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, n);
        return in == null || !in.getRelation().toString().startsWith("flat");
    }

    private void add(Entity e) {
        int i = entities.size();
        while (i > 0 && !entities.get(i - 1).before(e.sentence, e.token)) {
            i--;
        }
        entities.add(i, e);
    }

    /**
     * The state that an organ named without its country stands for ("la junte", "le gouvernement"): the state the
     * text is about, as a definite description would find it.
     */
    List<Actor> ownerOfOrgan(LinkedSentence s, IndexedWord organ) {
        return resolve(s, organ, new Anaphor(Kind.description, false, 'e', 0, "pays"));
    }

    /** The states an anaphor stands for, or none when the node is not one or nothing before fits. */
    List<Actor> antecedents(LinkedSentence s, IndexedWord node) {
        Anaphor a = anaphor(s, s.parsed().graph(), node);
        return a == null ? List.of() : resolve(s, node, a);
    }

    private List<Actor> resolve(LinkedSentence s, IndexedWord node, Anaphor a) {
        SemanticGraph g = s.parsed().graph();
        int sentence = s.parsed().index();
        Set<Actor> clauseSubject = a.kind == Kind.objectPronoun || a.kind == Kind.description && !isSubject(g, node)
                ? clauseSubjectStates(s, node) : Set.of();
        boolean adjunct = false;
        if (a.kind == Kind.possessive) {
            adjunct = inAdjunct(g, node);
            List<Actor> owner = adjunct ? List.of() : possessor(s, node);
            if (!owner.isEmpty()) {
                return owner;
            }
        }
        if (a.count > 0 || a.plural && a.kind == Kind.description) {
            for (int i = entities.size() - 1; i >= 0; i--) {
                Entity e = entities.get(i);
                if (e.before(sentence, node.index()) && sentence - e.sentence <= DESCRIPTION_WINDOW && e.states.size() >= 2
                        && (a.count == 0 || e.states.size() == a.count)) {
                    return e.states;
                }
            }
            return List.of();
        }
        int window = a.kind == Kind.description ? DESCRIPTION_WINDOW : WINDOW;
        if (a.kind == Kind.subjectPronoun && betweenCommas(g, node)) {
            // "Les forces terrestres qataries, elles, ont réceptionné": the pronoun takes up the phrase just before it.
            for (int i = entities.size() - 1; i >= 0; i--) {
                Entity e = entities.get(i);
                if (e.sentence == sentence && e.token < node.index() && fits(e, a)) {
                    return e.states;
                }
            }
        }
        Entity best = null;
        double bestScore = 0;
        int ownRole = role(g, node);
        for (Entity e : entities) {
            if (!e.before(sentence, node.index()) || sentence - e.sentence > window || !fits(e, a)
                    || e.states.stream().anyMatch(x -> clauseSubject.stream().anyMatch(y -> gazetteer.sameLineage(x, y)))) {
                continue;
            }
            if (adjunct && (e.sentence != sentence || e.role < OTHER || e.subject())) {
                continue;
            }
            double score = adjunct ? -depth(g, g.getNodeByIndexSafe(e.token)) : e.role * Math.pow(0.5, sentence - e.sentence);
            if (a.kind == Kind.subjectPronoun && e.subject()) {
                score += 35;
            }
            if (a.kind == Kind.objectPronoun && e.objectPronoun && e.role == ownRole && e.sentence < sentence) {
                // Parallelism (Lappin and Leass): "Israël, qui lui vend ... La Turquie lui a livré": an object
                // pronoun takes up an object pronoun of the same function in a sentence before.
                score += 20;
            }
            if (a.plural && e.states.size() > 1) {
                // "l'Arabie saoudite, les Émirats, Bahreïn et l'Égypte ... qu'ils accusent": the whole group.
                score += 20;
            }
            if (!e.states.isEmpty() && !adjunct) {
                // The document's topic is the likelier referent: strongly for "le pays", a little for a pronoun.
                score += (a.kind == Kind.description ? 10 : 5) * Math.min(5, mentions.getOrDefault(e.states.get(0), 0));
            }
            if (best == null || score >= bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null && adjunct) {
            return possessor(s, node);
        }
        // A person the gazetteer does not know, the likeliest antecedent, is not a state.
        return best == null ? List.of() : best.states;
    }

    private boolean fits(Entity e, Anaphor a) {
        if (a.kind == Kind.description && e.states.stream().anyMatch(x -> x.kind() == ActorKind.ArmedGroup)) {
            // An armed group is not a country: "le pays" never stands for the Hezbollah, though "il" may.
            return false;
        }
        if (e.states.isEmpty()) {
            return (a.kind == Kind.subjectPronoun || a.kind == Kind.objectPronoun || a.kind == Kind.possessive)
                    && a.plural == e.plural;
        }
        if (a.kind == Kind.description || a.kind == Kind.lastNamed) {
            return e.single() && gazetteer.designates(a.noun, e.states.get(0));
        }
        if (a.plural != (e.plural || !e.single())) {
            return false;
        }
        return a.gender == 'e' || e.gender == 'e' || a.gender == e.gender;
    }

    /** What kind of anaphor a node is, or null. */
    private static Anaphor anaphor(LinkedSentence s, SemanticGraph g, IndexedWord n) {
        String w = Syntax.lower(n);
        String tag = n.tag();
        SemanticGraphEdge in = Syntax.parentEdge(g, n);
        String rel = in == null ? "root" : in.getRelation().toString();
        if ("PRON".equals(tag) || "DET".equals(tag)) {
            switch (w) {
                case "il":
                    return rel.startsWith("nsubj") ? new Anaphor(Kind.subjectPronoun, false, 'm', 0, null) : null;
                case "elle":
                    return rel.startsWith("nsubj") ? new Anaphor(Kind.subjectPronoun, false, 'f', 0, null) : null;
                case "ils", "elles":
                    return rel.startsWith("nsubj") ? new Anaphor(Kind.subjectPronoun, true, 'e', 0, null) : null;
                case "lui":
                    return new Anaphor(Kind.objectPronoun, false, 'e', 0, null);
                case "le":
                    return rel.equals("obj") ? new Anaphor(Kind.objectPronoun, false, 'm', 0, null) : null;
                case "la":
                    return rel.equals("obj") ? new Anaphor(Kind.objectPronoun, false, 'f', 0, null) : null;
                case "l'", "l’":
                    return rel.equals("obj") ? new Anaphor(Kind.objectPronoun, false, 'e', 0, null) : null;
                case "les":
                    return rel.equals("obj") ? new Anaphor(Kind.objectPronoun, true, 'e', 0, null) : null;
                case "leur":
                    return "PRON".equals(tag) || rel.equals("iobj") ? new Anaphor(Kind.objectPronoun, true, 'e', 0, null)
                            : new Anaphor(Kind.possessive, true, 'e', 0, null);
                case "son", "sa", "ses":
                    return rel.equals("det") || rel.equals("nmod:poss") ? new Anaphor(Kind.possessive, false, 'e', 0, null) : null;
                case "leurs":
                    return new Anaphor(Kind.possessive, true, 'e', 0, null);
                case "celui-ci", "celle-ci":
                    return new Anaphor(Kind.lastNamed, false, 'e', 0, "pays");
                default:
                    return null;
            }
        }
        if (!Syntax.isNoun(n) || !STATE_NOUNS.contains(w) && !w.equals("dernier") && !w.equals("dernière")) {
            return null;
        }
        String det = null;
        int count = 0;
        for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
            String r = e.getRelation().toString();
            String d = Syntax.lower(e.getDependent());
            if (r.equals("det")) {
                det = d;
            } else if (r.equals("nummod")) {
                count = NUMBERS.getOrDefault(d, 0);
            } else if (r.equals("nmod") || r.equals("acl:relcl") || r.equals("acl") || r.equals("appos")
                    || r.equals("compound") || r.equals("amod") && s.mentionAt(e.getDependent()) != null) {
                // "le régime soudanais", "le pays voisin de ...": the phrase names its state, or is not about one before.
                return null;
            }
        }
        if (w.equals("dernier") || w.equals("dernière")) {
            return "ce".equals(det) || "cette".equals(det) ? new Anaphor(Kind.lastNamed, false, 'e', 0, "pays") : null;
        }
        if (det == null) {
            return null;
        }
        boolean plural = PLURAL_DETERMINERS.contains(det);
        if (!plural && !SINGULAR_DETERMINERS.contains(det) || det.equals("les") && count == 0) {
            // "les pays" alone is generic; "les deux pays", "ces pays" refer back.
            return null;
        }
        return new Anaphor(Kind.description, plural || count > 1, 'e', count, w);
    }

    /**
     * Whether a possessed noun is an adjunct of its clause ("des sanctions à la Turquie en raison de son acquisition"),
     * where the possessive refers to what was just named rather than to the subject.
     */
    private static boolean inAdjunct(SemanticGraph g, IndexedWord det) {
        SemanticGraphEdge noun = Syntax.parentEdge(g, det);
        SemanticGraphEdge in = noun == null ? null : Syntax.parentEdge(g, noun.getGovernor());
        if (in == null) {
            return false;
        }
        String rel = in.getRelation().toString();
        return (rel.equals("obl") || rel.equals("obl:mod") || rel.equals("nmod") || rel.equals("advcl"))
                && !Syntax.hasCaseOrMark(g, noun.getGovernor(), Set.of("à", "au", "aux"));
    }

    /** The owner of "ses" / "leurs": the subject, said or understood, of the clause the possessed noun is in. */
    private List<Actor> possessor(LinkedSentence s, IndexedWord det) {
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
                if (anaphor(s, g, subject) != null) {
                    return List.of();
                }
                List<Actor> out = new ArrayList<>();
                for (Mention m : mentionsUnder(s, g, subject)) {
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

    /** The states named in the subject of the clause an anaphor is in: an object pronoun does not refer to them. */
    private Set<Actor> clauseSubjectStates(LinkedSentence s, IndexedWord anaphor) {
        SemanticGraph g = s.parsed().graph();
        Set<Actor> out = new LinkedHashSet<>();
        IndexedWord n = anaphor;
        for (int i = 0; i < 4; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, n);
            if (in == null) {
                break;
            }
            n = in.getGovernor();
            IndexedWord subject = Syntax.child(g, n, "nsubj");
            if (subject != null && !subject.equals(anaphor)) {
                for (Mention m : mentionsUnder(s, g, subject)) {
                    Actor a = gazetteer.accountable(m.actor());
                    if (a != null) {
                        out.add(a);
                    }
                }
                if (Syntax.isRelativePronoun(subject)) {
                    IndexedWord antecedent = ActorResolver.antecedentOf(g, subject);
                    Mention m = antecedent == null ? null : s.mentionAt(antecedent);
                    if (m != null && gazetteer.accountable(m.actor()) != null) {
                        out.add(gazetteer.accountable(m.actor()));
                    }
                }
                break;
            }
        }
        return out;
    }

    /**
     * The mentions that name what a phrase is: its head's, its conjuncts', and its organ's owner ("le ministère
     * russe"), not those of an apposition or a relative clause about it ("Israël, l'un des fournisseurs de
     * l'Azerbaïdjan, lui a vendu": the subject is Israel only).
     */
    private static List<Mention> mentionsUnder(LinkedSentence s, SemanticGraph g, IndexedWord node) {
        List<Mention> out = new ArrayList<>();
        List<IndexedWord> frontier = List.of(node);
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord n : frontier) {
                Mention m = s.mentionAt(n);
                if (m != null && !m.actor().isWeapon() && !out.contains(m)) {
                    out.add(m);
                }
                for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                    if (NAMING.contains(e.getRelation().toString())) {
                        next.add(e.getDependent());
                    }
                }
            }
            frontier = next;
        }
        return out;
    }

    private static boolean betweenCommas(SemanticGraph g, IndexedWord n) {
        IndexedWord before = g.getNodeByIndexSafe(n.index() - 1);
        IndexedWord after = g.getNodeByIndexSafe(n.index() + 1);
        return before != null && after != null && before.word().equals(",") && after.word().equals(",");
    }

    /** How far a node is from the root (a large number for a node not in the graph). */
    private static int depth(SemanticGraph g, IndexedWord n) {
        int d = 0;
        for (IndexedWord x = n; x != null && d < 50; d++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, x);
            x = in == null ? null : in.getGovernor();
        }
        return n == null ? 50 : d;
    }

    /** The salience of a node's grammatical role: subject, object, oblique, or inside another phrase. */
    private static int role(SemanticGraph g, IndexedWord n) {
        if (isSubject(g, n)) {
            return SUBJECT;
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, n);
        String rel = in == null ? "root" : in.getRelation().toString();
        IndexedWord x = n;
        while (in != null && (rel.equals("conj") || rel.equals("flat:name") || rel.equals("appos"))) {
            x = in.getGovernor();
            in = Syntax.parentEdge(g, x);
            rel = in == null ? "root" : in.getRelation().toString();
        }
        // Coordinated phrases share their function: "en Irak, au Liban et en Palestine" are all places.
        IndexedWord head = x;
        if (Syntax.hasCaseOrMark(g, x, Set.of("en", "dans")) || g.getChildren(x).stream().anyMatch(c ->
                Syntax.parentEdge(g, c).getRelation().toString().equals("conj") && Syntax.hasCaseOrMark(g, c, Set.of("en", "dans"))
                        && Syntax.hasCaseOrMark(g, head, Set.of("à", "au", "aux")))) {
            return PLACE;
        }
        if (rel.equals("root") && g.vertexSet().stream().noneMatch(w -> "VERB".equals(w.tag()) || "AUX".equals(w.tag()))) {
            // "Et la Russie ?": what a sentence without a verb names is the topic of what follows.
            return SUBJECT;
        }
        return switch (rel) {
            case "obj", "nsubj:pass", "root" -> OBJECT;
            case "iobj", "obl", "obl:arg", "obl:mod", "obl:agent" -> OBLIQUE;
            default -> OTHER;
        };
    }


    private static boolean isSubject(SemanticGraph g, IndexedWord n) {
        IndexedWord x = n;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, x);
            if (in == null) {
                return false;
            }
            String rel = in.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.equals("dislocated")) {
                return true;
            }
            if (!rel.equals("conj") && !rel.equals("flat:name") && !rel.equals("amod") && !rel.equals("nmod")) {
                return false;
            }
            x = in.getGovernor();
        }
        return false;
    }

    /** The token of a mention that its other tokens hang from. */
    private static IndexedWord headOf(LinkedSentence s, SemanticGraph g, Mention m) {
        IndexedWord best = null;
        for (CoreLabel t : s.parsed().tokens()) {
            if (s.mentionAt(t.index()) != m) {
                continue;
            }
            IndexedWord w = g.getNodeByIndexSafe(t.index());
            if (w == null) {
                continue;
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, w);
            if (in == null || s.mentionAt(in.getGovernor()) != m) {
                return w;
            }
            if (best == null) {
                best = w;
            }
        }
        return best;
    }

    /** Grammatical number of the mention as written: "les États-Unis", "les Américains", "les Émirats". */
    private static boolean plural(LinkedSentence s, Mention m) {
        int t = s.firstTokenOf(m);
        if (t <= 0) {
            return false;
        }
        CoreLabel first = s.parsed().token(t);
        Morph morph = first.get(Morph.Key.class);
        if (morph != null && morph.plural()) {
            return true;
        }
        if (t > 1) {
            String det = s.parsed().token(t - 1).word().toLowerCase(Locale.ROOT);
            return det.equals("les") || det.equals("des") || det.equals("aux");
        }
        return false;
    }

    /** 'f', 'm' or 'e' (either): from the article before the mention, else the dictionary's gender of its first word. */
    private static char gender(LinkedSentence s, Mention m) {
        int t = s.firstTokenOf(m);
        if (t <= 0) {
            return 'e';
        }
        if (t > 1) {
            String det = s.parsed().token(t - 1).word().toLowerCase(Locale.ROOT);
            if (det.equals("la")) {
                return 'f';
            }
            if (det.equals("le") || det.equals("du") || det.equals("au")) {
                return 'm';
            }
        }
        Morph morph = s.parsed().token(t).get(Morph.Key.class);
        if (morph != null && morph.category() == 'Z') {
            return morph.feminine() ? 'f' : morph.masculine() ? 'm' : 'e';
        }
        return 'e';
    }

    /** The state the document has named most so far: the subject of the article, for descriptions with nothing near. */
    Actor topic() {
        return mentions.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey)
                .orElse(null);
    }
}
