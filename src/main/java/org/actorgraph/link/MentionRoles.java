package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of {@link Discourse}: how a mention figures in its sentence, which is what its salience is made of: its
 * head, its grammatical role (after Lappin and Leass, 1994), its depth, its number and gender.
 */
final class MentionRoles {
    /** Salience of a mention by its grammatical role: subject, object, oblique, other. */
    static final int SUBJECT = 80;
    /**
     * The subject of a relative clause (« des renseignements selon lesquels le Rwanda projette … »): an
     * embedded phrase is less salient than the sentence's own arguments (Lappin and Leass's head-noun emphasis).
     */
    static final int EMBEDDED_SUBJECT = 60;
    static final int OBJECT = 50;
    /** A recipient or addressee: "à l'armée birmane", "au Caire", "lui", "leur" (see {@link #dative}). */
    static final int DATIVE = 45;
    static final int OBLIQUE = 40;
    static final int OTHER = 30;
    /** A state named as a place ("les terroristes en Irak") is rarely what a pronoun stands for. */
    static final int PLACE = 10;
    /** Relations under a phrase's head that still name what the phrase is. */
    private static final Set<String> DISJUNCTIVE_PRONOUNS = FrenchWords.list("disjunctive-pronoun");
    private static final Set<String> NAMING = Set.of("flat", "flat:name", "conj", "amod", "nmod", "compound");

    private static final Set<String> REPORTING_VERBS = FrenchWords.list("reporting-verb");
    private static final Set<String> OWNER_CASES = FrenchWords.list("owner-case");
    private static final Set<String> CIVIL_TITLES = Set.of("M.", "Mme", "Mlle", "MM.", "Mmes");

    private MentionRoles() {}

    /** The first word of a person's name that CoreNLP found and the gazetteer does not know. */
    static boolean isUnlinkedPerson(LinkedSentence s, SemanticGraph g, IndexedWord n) {
        if (CIVIL_TITLES.contains(n.word()) && s.mentionAt(n) == null) {
            // « M. Haris Kovač (non-inscrit) revient sur la guerre »: the parser heads the name with its title
            return g.outgoingEdgeList(n).stream().anyMatch(e -> e.getRelation().toString().equals("flat:name")
                    && s.mentionAt(e.getDependent()) == null && "I-PER".equals(s.corenlpNer(e.getDependent().index())));
        }
        if (s.mentionAt(n) != null || !"I-PER".equals(s.corenlpNer(n.index()))) {
            return false;
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, n);
        return in == null || !in.getRelation().toString().startsWith("flat");
    }

    /**
     * The mentions that name what a phrase is: its head's, its conjuncts', its organ's owner ("le ministère
     * russe") and the name right after a title ("le général Tiani"), not those of an apposition or a relative clause about it ("Israël, l'un des fournisseurs de
     * l'Azerbaïdjan, lui a vendu": the subject is Israel only).
     */
    static List<Mention> mentionsUnder(LinkedSentence s, SemanticGraph g, IndexedWord node) {
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
                    if (NAMING.contains(e.getRelation().toString()) || namesTitled(g, e)) {
                        next.add(e.getDependent());
                    }
                }
            }
            frontier = next;
        }
        return out;
    }

    /** « le général Abdourahamane Tiani », « le secrétaire d'État Antony Blinken »: a name right after the title it names. */
    static boolean namesTitled(SemanticGraph g, SemanticGraphEdge e) {
        IndexedWord title = e.getGovernor();
        IndexedWord name = e.getDependent();
        return e.getRelation().toString().equals("appos") && "PROPN".equals(name.tag()) && "NOUN".equals(title.tag())
                && title.index() < name.index() && !Syntax.wordBetween(g, title, name, Set.of(",", "(", "-", "–", ":"));
    }

    /** How far a node is from the root (a large number for a node not in the graph). */
    static int depth(SemanticGraph g, IndexedWord n) {
        int d = 0;
        for (IndexedWord x = n; x != null && d < 50; d++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, x);
            x = in == null ? null : in.getGovernor();
        }
        return n == null ? 50 : d;
    }

    /** The salience of a node's grammatical role: subject, object, oblique, or inside another phrase. */
    static int role(SemanticGraph g, IndexedWord n) {
        if (isSubject(g, n)) {
            // (the speaker of an aside, « comme l'a dit le commissaire Patten », is no more salient than a complement)
            return inComparativeAside(g, n) || inReportingAside(g, n) ? OTHER : inRelativeClause(g, n) ? EMBEDDED_SUBJECT : SUBJECT;
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
        if (Syntax.hasCaseOrMark(g, x, FrenchWords.list("inside-case")) || g.getChildren(x).stream().anyMatch(c ->
                Syntax.parentEdge(g, c).getRelation().toString().equals("conj") && Syntax.hasCaseOrMark(g, c, FrenchWords.list("inside-case"))
                        && Syntax.hasCaseOrMark(g, head, FrenchWords.list("dative-case")))) {
            return PLACE;
        }
        if (rel.equals("root") && g.vertexSet().stream().noneMatch(w -> "VERB".equals(w.tag()) || "AUX".equals(w.tag()))) {
            // "Et la Russie ?": what a sentence without a verb names is the topic of what follows.
            return SUBJECT;
        }
        if (dative(g, x, in)) {
            return DATIVE;
        }
        return switch (rel) {
            case "obj", "nsubj:pass", "root" -> OBJECT;
            case "iobj", "obl", "obl:arg", "obl:mod", "obl:agent" -> OBLIQUE;
            default -> OTHER;
        };
    }

    /**
     * A dative clitic, or an "à" complement of a verb, or a name or demonym on one ("à l'armée birmane", "aux forces
     * de la Russie"): a dative pronoun after it takes it up rather than the subject (Lappin and Leass's parallelism).
     */
    private static boolean dative(SemanticGraph g, IndexedWord x, SemanticGraphEdge in) {
        for (int i = 0; i < 3 && in != null; i++) {
            String rel = in.getRelation().toString();
            if (rel.equals("iobj")) {
                return true;
            }
            if (rel.equals("obl") || rel.equals("obl:arg")) {
                // Not a participle on a noun: "l'Irak, lié à l'URSS par un traité" names no recipient; nor the seller a
                // buyer buys from ("Jakarta avait acheté au Royaume-Uni des Hawk, tandis que Damen lui livrait …").
                SemanticGraphEdge verbIn = Syntax.parentEdge(g, in.getGovernor());
                return Syntax.hasCaseOrMark(g, x, FrenchWords.list("dative-case")) && "VERB".equals(in.getGovernor().tag())
                        && (verbIn == null || !verbIn.getRelation().toString().equals("acl"))
                        && !FrenchWords.list("source-dative-verb").contains(Morph.lemma(in.getGovernor()));
            }
            if (rel.equals("obj") && FrenchWords.list("recipient-object-verb").contains(Morph.lemma(in.getGovernor()))) {
                // "l'URSS armait la Jamahiriya, et la Yougoslavie lui avait vendu …": who is armed is a recipient, named
                // or by the demonym of its army ("arme l'armée colombienne …, et Israël lui a vendu").
                return true;
            }
            if (rel.equals("nmod") && Syntax.hasCaseOrMark(g, x, FrenchWords.list("dative-case"))
                    && FrenchWords.list("transfer-noun").contains(Morph.lemma(in.getGovernor()))) {
                // "un contrat pour la fourniture à Luanda de chasseurs": the recipient of a transfer told by a noun.
                return true;
            }
            if (rel.equals("nmod") && Syntax.hasCaseOrMark(g, x, FrenchWords.list("de-case"))
                    && FrenchWords.list("supplier-noun").contains(Morph.lemma(in.getGovernor()))) {
                // "la Chine est le premier fournisseur de l'armée birmane. La Russie lui a vendu …": whom a supplier
                // supplies is a recipient too.
                return true;
            }
            if (!rel.equals("amod") && !rel.equals("nmod")) {
                return false;
            }
            x = in.getGovernor();
            in = Syntax.parentEdge(g, x);
        }
        return false;
    }

    /** « leur armée », « ses forces »: the force noun a possessive determines, or null. */
    static IndexedWord forceOfPossessive(SemanticGraph g, IndexedWord possessive) {
        SemanticGraphEdge in = Syntax.parentEdge(g, possessive);
        return in != null && in.getRelation().toString().equals("det") && FrenchWords.list("force-noun").contains(Syntax.lower(in.getGovernor()))
                ? in.getGovernor() : null;
    }

    static boolean isSubject(SemanticGraph g, IndexedWord n) {
        IndexedWord x = n;
        for (int i = 0; i < 3; i++) {
            if (cleftFocus(g, x)) {
                return true;
            }
            SemanticGraphEdge in = Syntax.parentEdge(g, x);
            if (in == null) {
                return false;
            }
            String rel = in.getRelation().toString();
            if (rel.startsWith("nsubj") || dislocated(in)) {
                return true;
            }
            // « le général Abdourahamane Tiani accuse »: a name in apposition to the title before it is the subject
            // (the title itself the subject: not « la guerre Iran-Irak » under a subject)
            SemanticGraphEdge titleIn = Syntax.parentEdge(g, in.getGovernor());
            boolean titled = namesTitled(g, in) && titleIn != null && titleIn.getRelation().toString().startsWith("nsubj");
            if (!rel.equals("conj") && !rel.equals("flat:name") && !rel.equals("amod") && !rel.equals("nmod") && !titled) {
                return false;
            }
            // (« la rupture entre Enver Hoxha et Nikita Khrouchtchev a mis fin … »: a complement with another case than
            // an owner's is not who the subject is)
            String caseWord = rel.equals("nmod") ? Syntax.caseWord(g, x) : null;
            if (caseWord != null && !OWNER_CASES.contains(caseWord)) {
                return false;
            }
            x = in.getGovernor();
        }
        return false;
    }

    /**
     * « L'embargo, dit-il, a surtout pénalisé l'armée bosnienne ; l'Iran lui a fait parvenir des armes »: the subject
     * after a reporting verb set between commas in the sentence it reports is no more salient than a complement.
     */
    static boolean inReportingAside(SemanticGraph g, IndexedWord subject) {
        SemanticGraphEdge in = Syntax.parentEdge(g, subject);
        IndexedWord verb = in == null ? null : in.getGovernor();
        SemanticGraphEdge verbIn = verb == null ? null : Syntax.parentEdge(g, verb);
        return verbIn != null && !verbIn.getRelation().toString().equals("ccomp") && verb.index() < subject.index()
                && Syntax.precededBy(g, verb.index(), ",") && Syntax.precededBy(g, Syntax.phraseEnd(g, subject) + 2, ",")
                && REPORTING_VERBS.contains(Morph.lemma(verb));
    }

    /** « comme l'a dit le commissaire Patten »: whether a subject's verb heads an aside opened by « comme ». */
    private static boolean inComparativeAside(SemanticGraph g, IndexedWord subject) {
        SemanticGraphEdge in = Syntax.parentEdge(g, subject);
        for (int i = 0; i < 3 && in != null && !in.getRelation().toString().startsWith("nsubj"); i++) {
            in = Syntax.parentEdge(g, in.getGovernor());
        }
        IndexedWord verb = in == null ? null : in.getGovernor();
        SemanticGraphEdge clause = verb == null ? null : Syntax.parentEdge(g, verb);
        return clause != null && clause.getRelation().toString().equals("advcl") && Syntax.hasCaseOrMark(g, verb, Set.of("comme"));
    }

    /** Whether a subject's verb heads a relative clause, opened by a relative pronoun, on a common noun (or where the parser hung it). */
    private static boolean inRelativeClause(SemanticGraph g, IndexedWord subject) {
        IndexedWord x = subject;
        for (int i = 0; i < 4; i++) {
            SemanticGraphEdge in = Syntax.parentEdge(g, x);
            if (in == null) {
                return false;
            }
            if (in.getRelation().toString().startsWith("nsubj")) {
                SemanticGraphEdge clause = Syntax.parentEdge(g, in.getGovernor());
                // (on a thing, or where the parser hung it; not on a name, « le Qatar, que Le Caire accuse », nor
                // « jusqu'à ce qu'Amin expulse », whose « que » is a conjunction)
                return clause != null && clause.getRelation().toString().equals("acl:relcl")
                        && ("NOUN".equals(clause.getGovernor().tag()) || "VERB".equals(clause.getGovernor().tag()))
                        && g.getChildren(in.getGovernor()).stream().anyMatch(c -> "PRON".equals(c.tag()) && Morph.of(c).is("rel"));
            }
            x = in.getGovernor();
        }
        return false;
    }

    /**
     * « la junte, elle, accusait les Britanniques »: a phrase before a verb that a pronoun subject doubles (the parser
     * may call it an apposition of the verb).
     */
    static boolean dislocated(SemanticGraphEdge in) {
        String rel = in.getRelation().toString();
        return rel.equals("dislocated") || rel.equals("appos") && "VERB".equals(in.getGovernor().tag())
                && in.getDependent().index() < in.getGovernor().index();
    }

    /**
     * « la junte, elle, accuse l'ONU », « le gouvernement fédéral, lui, »: a noun (and its adjectives) that a disjunctive
     * pronoun between commas doubles, however the parser attaches the pronoun.
     */
    static boolean doubled(SemanticGraph g, IndexedWord n) {
        int i = n.index() + 1;
        while (g.getNodeByIndexSafe(i) != null && "ADJ".equals(g.getNodeByIndexSafe(i).tag())) {
            i++;
        }
        IndexedWord comma = g.getNodeByIndexSafe(i);
        IndexedWord pronoun = g.getNodeByIndexSafe(i + 1);
        IndexedWord after = g.getNodeByIndexSafe(i + 2);
        return comma != null && pronoun != null && after != null && comma.word().equals(",") && after.word().equals(",")
                && DISJUNCTIVE_PRONOUNS.contains(Syntax.lower(pronoun));
    }

    /** « c'est la France qui armait … : elle lui a livré »: the phrase a cleft puts first is its clause's subject. */
    private static boolean cleftFocus(SemanticGraph g, IndexedWord x) {
        IndexedWord relative = Syntax.child(g, x, "acl:relcl");
        IndexedWord qui = relative == null ? null : Syntax.child(g, relative, "nsubj");
        return Syntax.isCleftFocus(g, x) && qui != null && Syntax.lower(qui).equals("qui");
    }

    /** The token of a mention that its other tokens hang from. */
    static IndexedWord headOf(LinkedSentence s, SemanticGraph g, Mention m) {
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
    private static final Set<String> PLURAL_ARTICLES = Set.of("les", "des", "aux");
    private static final Set<String> SINGULAR_ARTICLES = Set.of("le", "la", "l'", "l’", "du", "au");

    static boolean plural(LinkedSentence s, Mention m) {
        int t = s.firstTokenOf(m);
        if (t <= 0) {
            return false;
        }
        CoreLabel first = s.parsed().token(t);
        Morph morph = first.get(Morph.Key.class);
        if (m.form() != NameForm.demonym && m.actor().kind() == ActorKind.State) {
            // « Trinité-et-Tobago », which the tagger may read as plural: a state's name is plural after « les », « des »,
            // « aux », or written alone when it ends as a plural does (« États-Unis : »), singular otherwise
            String det = t > 1 ? s.parsed().token(t - 1).word().toLowerCase(Locale.ROOT) : "";
            String last = m.text().substring(m.text().lastIndexOf(' ') + 1);
            return PLURAL_ARTICLES.contains(det) || !SINGULAR_ARTICLES.contains(det) && morph != null && morph.plural()
                    && (last.endsWith("s") || last.endsWith("x"));
        }
        if (morph != null && morph.plural()) {
            return true;
        }
        if (t > 1) {
            CoreLabel before = s.parsed().token(t - 1);
            String det = before.word().toLowerCase(Locale.ROOT);
            Morph noun = before.get(Morph.Key.class);
            // « des soldats ougandais »: a demonym after a plural noun names the people, who « leur armée » takes up.
            boolean people = m.form() == NameForm.demonym && "NOUN".equals(before.tag()) && noun != null && noun.plural();
            return PLURAL_ARTICLES.contains(det) || people;
        }
        return false;
    }

    /** A word's own gender from the dictionary: 'f', 'm' or 'e' (either, or unknown). */
    static char gender(IndexedWord n) {
        return Morph.of(n).is("m") ? 'm' : Morph.of(n).is("f") ? 'f' : 'e';
    }

    /** 'f', 'm' or 'e' (either): from the article before the mention, else the dictionary's gender of its first word. */
    static char gender(LinkedSentence s, Mention m) {
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
        // A proper noun's own gender, or a common noun's after an elided article ("l'État hébreu": masculine).
        if (morph != null && (morph.category() == 'Z' || "NOUN".equals(s.parsed().token(t).tag()))) {
            return morph.feminine() ? 'f' : morph.masculine() ? 'm' : 'e';
        }
        return 'e';
    }
}
