package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.link.ActorResolver.Resolved;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Part of {@link ActorResolver}: the state an organ or a person belongs to when the phrase does not name it with a
 * complement: a demonym on one of its complements (« le chef des négociations d'adhésion turc »), or the state the
 * sentence is set in (« À Niamey, le Conseil national … »).
 */
final class OrganOwners {
    private static final Set<String> SETTING_CASES = FrenchWords.list("setting-case");
    private static final Set<String> RULER_CASES = FrenchWords.list("ruler-case");
    private static final Set<String> BRANCHES = FrenchWords.list("forces-branch-noun");
    private static final Set<String> STATEMENT_NOUNS = FrenchWords.list("statement-noun");
    private static final Set<String> ISSUING_VERBS = FrenchWords.list("issuing-verb");
    private static final Set<String> REFERRING_VERBS = FrenchWords.list("referring-verb");
    private static final Set<String> DE = FrenchWords.list("de-case");
    private static final Set<String> PORTFOLIOS = FrenchWords.list("portfolio-noun");
    private static final Set<String> STATE_OFFICES = FrenchWords.list("state-office-title");
    private static final Set<String> NON_STATE_BODIES = FrenchWords.list("non-state-body");
    private static final Set<String> OWNER_CASES = FrenchWords.list("owner-case");
    /** How many sentences back bare armed forces look for the forces last named with their state. */
    private static final int FORCES_WINDOW = 12;
    /** The noun that names the branch « l'armée de l'air » or « l'armée de mer » is. */
    private static final Map<String, String> BRANCH_NOUNS = Map.of("air", "aviation", "mer", "marine");

    private OrganOwners() {}

    /**
     * "le ministre avait adressé au Conseil une lettre accusant la France": a statement that names no author is its
     * issuer's, the subject of the verb that sends or publishes it; else null.
     */
    static IndexedWord issuer(SemanticGraph g, IndexedWord statement) {
        if (!STATEMENT_NOUNS.contains(Morph.lemma(statement))) {
            return null;
        }
        // « la déclaration signée par la Croatie, l'Albanie et le Kosovo »: who signed or issued it (not « un rapport
        // d'experts, commandé par l'Union européenne »: who ordered it)
        for (SemanticGraphEdge e : g.outgoingEdgeList(statement)) {
            IndexedWord agent = e.getRelation().toString().equals("acl") && ISSUING_VERBS.contains(Morph.lemma(e.getDependent()))
                    ? Syntax.child(g, e.getDependent(), "obl:agent") : null;
            if (agent != null) {
                return agent;
            }
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, statement);
        // (« la Serbie a répondu par une lettre accusant la Croatie … »: the means of its answer)
        // (« elle a saisi la Cour d'une requête accusant la Birmanie »: what one refers a matter to a body by, which
        // the parser may hang on the body)
        SemanticGraphEdge onBody = in != null && in.getRelation().toString().equals("nmod") ? Syntax.parentEdge(g, in.getGovernor()) : null;
        IndexedWord referring = in != null && in.getRelation().toString().startsWith("obl") ? in.getGovernor()
                : onBody != null && onBody.getRelation().toString().equals("obj") ? onBody.getGovernor() : null;
        boolean referredBy = referring != null && REFERRING_VERBS.contains(Morph.lemma(referring)) && DE.contains(Syntax.caseWord(g, statement));
        // (« remit au Chili une note de protestation lui reprochant … »: the parser may make the statement the subject
        // of the participle that says what it does, and the participle the sending verb's open complement)
        SemanticGraphEdge open = in != null && in.getRelation().toString().equals("nsubj")
                && Morph.of(in.getGovernor()).presentParticiple() ? Syntax.parentEdge(g, in.getGovernor()) : null;
        IndexedWord sender = open != null && open.getRelation().toString().equals("xcomp") ? open.getGovernor() : null;
        boolean sent = in != null && (in.getRelation().toString().equals("obj")
                || in.getRelation().toString().startsWith("obl") && "par".equals(Syntax.caseWord(g, statement))) || referredBy
                || sender != null;
        if (!sent || complemented(g, statement)) {
            return null; // (« les rapports d'organisations de défense des droits humains »: the author is named)
        }
        IndexedWord verb = referredBy ? referring : sender != null ? sender : in.getGovernor();
        IndexedWord subject = Syntax.child(g, verb, "nsubj");
        // « Samora Machel venait remettre à Banda un dossier accusant … »: an infinitive's subject is its governor's
        SemanticGraphEdge up = Syntax.parentEdge(g, verb);
        // « … ce qu'a fait la Gambie, en déposant une requête qui accusait … »: so is a gerund's
        boolean understood = up != null && (up.getRelation().toString().equals("xcomp")
                || up.getRelation().toString().equals("advcl") && Morph.of(verb).is("ppr"));
        return subject == null && understood ? Syntax.child(g, up.getGovernor(), "nsubj") : subject;
    }

    /**
     * « les rapports d'organisations de défense des droits humains », « la déclaration de coopération militaire »: a
     * statement with a « de » complement says whose or what it is; it is not the issuer's of the verb it is the object
     * of, nor the state the text is about; « une note de protestation » says only what kind of statement it is.
     */
    static boolean complemented(SemanticGraph g, IndexedWord statement) {
        return STATEMENT_NOUNS.contains(Morph.lemma(statement)) && g.outgoingEdgeList(statement).stream()
                .anyMatch(e -> e.getRelation().toString().equals("nmod") && !kindOf(g, e.getDependent()));
    }

    /** « une note de protestation », « une lettre d'intention »: a singular noun without article says what kind it is. */
    private static boolean kindOf(SemanticGraph g, IndexedWord complement) {
        return "NOUN".equals(complement.tag()) && !Morph.of(complement).plural() && Syntax.child(g, complement, "det") == null
                && Syntax.child(g, complement, "nummod") == null;
    }

    /**
     * The demonyms that qualify a complement, or one of its own complements ("le chef des négociations d'adhésion turc"),
     * through a noun the parser set beside it (« le chef d'état-major adjoint de la marine japonaise »: « adjoint » in
     * apposition to « état-major »).
     */
    static List<Resolved> demonymsOf(LinkedSentence s, IndexedWord node) {
        List<Resolved> out = new ArrayList<>();
        SemanticGraph g = s.parsed().graph();
        List<IndexedWord> frontier = List.of(node);
        for (int depth = 0; depth < 3 && out.isEmpty() && !frontier.isEmpty(); depth++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord n : frontier) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                    String rel = e.getRelation().toString();
                    Mention m = rel.equals("amod") || rel.equals("acl") ? s.mentionAt(e.getDependent()) : null;
                    if (m != null && m.form() == NameForm.demonym) {
                        out.add(new Resolved(m.actor(), m, e.getDependent()));
                    } else if (rel.equals("nmod") || rel.equals("appos") && "NOUN".equals(e.getDependent().tag())) {
                        next.add(e.getDependent());
                    }
                }
            }
            frontier = next;
        }
        return out;
    }

    /** « l'aviation et les forces terrestres birmanes »: the demonym of an organ's last conjunct is said of them all. */
    static List<Resolved> demonymOfConjuncts(LinkedSentence s, IndexedWord organ) {
        SemanticGraph g = s.parsed().graph();
        List<IndexedWord> conjuncts = g.outgoingEdgeList(organ).stream().filter(e -> e.getRelation().toString().equals("conj")
                && "NOUN".equals(e.getDependent().tag())).map(SemanticGraphEdge::getDependent).toList();
        if (conjuncts.isEmpty()) {
            return List.of();
        }
        List<Resolved> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(conjuncts.get(conjuncts.size() - 1))) {
            Mention m = e.getRelation().toString().equals("amod") ? s.mentionAt(e.getDependent()) : null;
            if (m != null && m.form() == NameForm.demonym) {
                out.add(new Resolved(m.actor(), m, e.getDependent()));
            }
        }
        return out;
    }

    /**
     * "a accusé l'armée soudanaise d'avoir ...": the parser may hang the demonym right after an organ on the verb (as
     * if it were an attribute); a demonym next to the organ, on the same governor, still names its state.
     */
    static List<Resolved> demonymBeside(LinkedSentence s, IndexedWord organ) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord next = g.getNodeByIndexSafe(organ.index() + 1);
        Mention m = next == null ? null : s.mentionAt(next);
        SemanticGraphEdge organIn = Syntax.parentEdge(g, organ);
        SemanticGraphEdge nextIn = next == null ? null : Syntax.parentEdge(g, next);
        if (m == null || m.form() != NameForm.demonym || organIn == null || nextIn == null
                || !nextIn.getGovernor().equals(organIn.getGovernor())) {
            return List.of();
        }
        return List.of(new Resolved(m.actor(), m, next));
    }

    /**
     * "les militaires au pouvoir à Niamey", "la junte au pouvoir à Bamako": those in power in a capital or a state
     * are its organ.
     */
    static List<Resolved> inPowerAt(LinkedSentence s, IndexedWord organ) {
        SemanticGraph g = s.parsed().graph();
        IndexedWord power = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(organ)) {
            if (e.getRelation().toString().equals("nmod") && Morph.lemma(e.getDependent()).equals("pouvoir")) {
                power = e.getDependent();
            }
        }
        if (power == null) {
            return List.of();
        }
        for (IndexedWord holder : List.of(organ, power)) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(holder)) {
                Mention m = s.mentionAt(e.getDependent());
                if (e.getRelation().toString().equals("nmod") && m != null && m.actor().kind() == ActorKind.State
                        && m.form() != NameForm.demonym && Syntax.hasCaseOrMark(g, e.getDependent(), SETTING_CASES)) {
                    return List.of(new Resolved(m.actor(), m, e.getDependent()));
                }
            }
        }
        return List.of();
    }

    /**
     * The state a sentence is set in, for an organ or a person named without its country ("À Niamey, le Conseil
     * national ... a accusé Paris", "Au Yémen, ... le président Ali Abdallah Saleh"): a state or capital in a place
     * adjunct (à, au, en, dans) that opens the sentence, before any verb.
     */
    static List<Resolved> setting(LinkedSentence s) {
        SemanticGraph g = s.parsed().graph();
        // « Côté cambodgien, Pékin est le premier pourvoyeur de l'armée »
        IndexedWord first = g.getNodeByIndexSafe(1);
        IndexedWord second = g.getNodeByIndexSafe(2);
        Mention side = second == null ? null : s.mentionAt(second);
        if (first != null && first.word().equals("Côté") && side != null && side.form() == NameForm.demonym
                && side.actor().kind() == ActorKind.State) {
            return List.of(new Resolved(side.actor(), side, second));
        }
        for (IndexedWord n : g.vertexListSorted()) {
            if ("VERB".equals(n.tag()) || "AUX".equals(n.tag())) {
                return List.of();
            }
            Mention m = s.mentionAt(n);
            SemanticGraphEdge in = Syntax.parentEdge(g, n);
            if (m != null && !m.actor().isWeapon() && m.form() != NameForm.demonym && in != null
                    && in.getRelation().toString().startsWith("obl") && Syntax.hasCaseOrMark(g, n, SETTING_CASES)
                    && m.actor().kind() == ActorKind.State) {
                return List.of(new Resolved(m.actor(), m, n));
            }
            // « Sous le chah, les États-Unis étaient le fournisseur attitré de l'armée impériale »: the ruler's state (or
            // the regime's: « sous la République populaire du Kampuchéa, l'armée dépendait … »)
            if (m != null && (m.actor().kind() == ActorKind.Person && m.actor().homeQid() != null
                    || m.actor().kind() == ActorKind.State && m.form() != NameForm.demonym) && in != null
                    && in.getRelation().toString().startsWith("obl") && Syntax.hasCaseOrMark(g, n, RULER_CASES)) {
                return List.of(new Resolved(m.actor(), m, n));
            }
        }
        return List.of();
    }

    /**
     * Whether an organ names an owner that no list holds, so that it is not the text's state: "le constructeur
     * d'Istanbul" (a place), "le représentant du Conseil" (a capital no list holds), "le maréchal Haftar" (a title
     * with a person's name). An owner in a "de" phrase that is a person stays the text's ("l'armée de Nasser"), and so
     * does a ministry's portfolio (« le ministère des Affaires étrangères »).
     */
    static boolean ownerNamed(LinkedSentence s, IndexedWord node) {
        SemanticGraph g = s.parsed().graph();
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            String ner = s.corenlpNer(d.index());
            if (s.mentionAt(d) != null) {
                continue;
            }
            if (rel.equals("nmod") && !PORTFOLIOS.contains(Syntax.lower(d)) && ("PROPN".equals(d.tag()) && "I-LOC".equals(ner)
                    || Character.isUpperCase(d.word().charAt(0)) && d.index() > 1 && !"I-PER".equals(ner))) {
                return true;
            }
            // « le maréchal Haftar » may lead no state; « le président John Kufuor » holds the office of the state
            // the text is about
            if ((rel.equals("appos") || rel.startsWith("flat")) && d.index() == node.index() + 1 && "PROPN".equals(d.tag())
                    && "I-PER".equals(ner) && !STATE_OFFICES.contains(Morph.lemma(node))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an organ belongs to a body that is no state's (« le chef de l'opposition », « le porte-parole des rebelles »). */
    static boolean ofNonStateBody(SemanticGraph g, IndexedWord organ) {
        return g.outgoingEdgeList(organ).stream().anyMatch(e -> e.getRelation().toString().equals("nmod")
                && NON_STATE_BODIES.contains(Syntax.lower(e.getDependent())) && Syntax.hasCaseOrMark(g, e.getDependent(), OWNER_CASES));
    }

    /** An organ with its adjectives ("gouvernement fédéral"), or null for one without: "le gouvernement" alone changes hands. */
    static String descriptionKey(SemanticGraph g, IndexedWord organ) {
        List<String> adjectives = g.outgoingEdgeList(organ).stream().filter(e -> e.getRelation().toString().equals("amod"))
                .map(e -> Syntax.lower(e.getDependent())).sorted().toList();
        return adjectives.isEmpty() ? null : Syntax.lower(organ) + " " + String.join(" ", adjectives);
    }

    /** « l'aviation zambienne … l'armée de l'air »: forces named by their branch (« de l'air ») or by its own noun. */
    private static boolean ofBranch(SemanticGraph g, IndexedWord forces, String branch) {
        return g.getChildren(forces).stream().anyMatch(c -> Syntax.lower(c).equals(branch))
                || Morph.lemma(forces).equals(BRANCH_NOUNS.get(branch));
    }

    /** « l'aviation » after « la marine est-allemande » is another branch; after « les forces uruguayennes », theirs. */
    private static boolean sameBranch(IndexedWord organ, IndexedWord earlier) {
        return !BRANCHES.contains(Morph.lemma(organ)) || Morph.lemma(earlier).equals(Morph.lemma(organ))
                || !BRANCHES.contains(Morph.lemma(earlier)) && !Morph.lemma(earlier).equals("armée");
    }

    /**
     * « des patrouilleurs de la marine surinamaise … les hélicoptères que l'armée a reçus de l'Inde »: bare armed forces
     * are those last named with their state (a demonym or a « de » complement on them; forces of a branch, « l'armée de
     * l'air », « la marine », « l'aviation », those of that branch or of the text's {@code topic}), in their sentence
     * before them or in the {@value #FORCES_WINDOW} sentences before; null when none is, or when the noun is no armed
     * forces.
     */
    static Actor lastNamedForces(LinkedSentence s, IndexedWord organ, Gazetteer gazetteer, Actor topic) {
        if (!Syntax.isArmedForces(organ)) {
            return null;
        }
        // « l'armée de l'air » is the air force last named with its state; « l'armée », any of its forces
        SemanticGraph own = s.parsed().graph();
        IndexedWord branch = own.outgoingEdgeList(organ).stream()
                .filter(e -> e.getRelation().toString().equals("nmod") && "de".equals(Syntax.caseWord(own, e.getDependent())))
                .map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
        LinkedSentence at = s;
        int before = organ.index();
        for (int back = 0; at != null && back <= FORCES_WINDOW; back++, at = at.previous(), before = Integer.MAX_VALUE) {
            SemanticGraph g = at.parsed().graph();
            Actor found = null;
            for (IndexedWord n : g == null ? List.<IndexedWord>of() : g.vertexListSorted()) {
                if (n.index() >= before || !Syntax.isArmedForces(n) || branch != null && !ofBranch(g, n, Syntax.lower(branch))) {
                    continue;
                }
                for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                    String rel = e.getRelation().toString();
                    Mention m = at.mentionAt(e.getDependent());
                    Actor state = m == null ? null : gazetteer.accountable(m.actor());
                    boolean owner = rel.equals("amod") && m != null && m.form() == NameForm.demonym
                            || rel.equals("nmod") && "de".equals(Syntax.caseWord(g, e.getDependent()));
                    if (owner && state != null && state.kind() == ActorKind.State && (sameBranch(organ, n) || state.equals(topic))) {
                        found = state;
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

}
