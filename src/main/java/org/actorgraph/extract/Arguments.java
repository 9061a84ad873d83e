package org.actorgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorgraph.link.RelativeAntecedent;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Where the arguments of a trigger are, slot by slot, whatever the construction: active and passive voice,
 * participles on the noun they describe, relative clauses, infinitives and gerunds whose subject is
 * understood, nouns with their complements, possessor and demonym, agent nouns and the actor they describe,
 * nouns under a support verb ("procéder à la livraison", "passer commande"), and the attachments the parser
 * gets wrong (a recipient hung under the object). Every frame reads its slots from here, so a construction
 * is handled once for all of them.
 *
 * <p>Each argument has a rank: 0 for the trigger's own dependents, 1 for those found through a misattachment,
 * 2 for those inherited from another predicate (understood subject, support verb). A role takes the best rank
 * that gives it an argument.
 */
final class Arguments {
    /** One argument: the slot it fills, its node, its rank. */
    record Arg(String slot, IndexedWord node, int rank) {}

    private static final Set<String> ORDERING_VERBS = FrenchWords.list("ordering-verb");
    private static final Set<String> ARRIVAL_VERBS = FrenchWords.list("arrival-verb");
    private static final Set<String> REFLEXIVES = FrenchWords.list("reflexive");
    private static final Set<String> AMBIGUOUS_CLITICS = FrenchWords.list("object-or-dative-clitic");
    private static final Set<String> REBUTTING = FrenchWords.list("rebutting-verb");
    private static final Set<String> CONTENT_VERBS = FrenchWords.list("content-verb");
    private static final Set<String> PATIENT_EVENTS = FrenchWords.list("patient-event-noun");
    private static final Set<String> OTHER = Set.of("autre", "autres");
    /** The articles of « l'autre », « les autres » used alone. */
    private static final Set<String> OTHER_ARTICLES = Set.of("l'", "l’", "les");

    private final Cues cues;
    private final ArgumentFinder finder;
    private final NounSlots nouns;

    Arguments(Cues cues) {
        this.cues = cues;
        this.finder = new ArgumentFinder(cues);
        this.nouns = new NounSlots(cues, finder);
    }

    /** The arguments of one reading of a trigger; a gapped coordination ("X à A et Y à B") gives several. */
    static final class ArgSet {
        final List<Arg> args = new ArrayList<>();
        boolean reflexive;
        /** An object spelled out after a colon ({@link Reattachment#listAfterColon}): its supplier is named by its own words. */
        boolean listed;

        void add(String slot, IndexedWord node, int rank) {
            if (node != null && args.stream().noneMatch(a -> a.slot.equals(slot) && a.node.equals(node))) {
                args.add(new Arg(slot, node, rank));
            }
        }

        List<Arg> in(String slot) {
            return args.stream().filter(a -> a.slot.equals(slot)).toList();
        }

        boolean has(String slot) {
            return args.stream().anyMatch(a -> a.slot.equals(slot));
        }

        ArgSet copy() {
            ArgSet c = new ArgSet();
            c.args.addAll(args);
            c.reflexive = reflexive;
            return c;
        }
    }

    /** The argument sets of a trigger. */
    List<ArgSet> of(SemanticGraph g, IndexedWord trigger) {
        ArgSet s = new ArgSet();
        if (isVerbal(g, trigger)) {
            verbSlots(g, trigger, s);
        } else {
            nouns.nounSlots(g, trigger, s, 0);
            NounSlots.sharedComplements(g, trigger, s);
            nouns.selfOf(g, trigger, s);
            supportVerb(g, trigger, s);
        }
        s.add("speaker", finder.speakerOf(g, trigger), 2);
        Reattachment.misattached(g, s, trigger);
        List<ArgSet> out = new ArrayList<>();
        out.add(s);
        out.addAll(Reattachment.gapped(g, s));
        out.addAll(Reattachment.gappedClauses(g, trigger, s));
        return out;
    }

    /** The arguments found at a path: "object/de" is the "de" complement of the object, and so on. */
    List<Arg> path(SemanticGraph g, IndexedWord trigger, ArgSet s, String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return s.in(path);
        }
        List<Arg> out = new ArrayList<>();
        List<Arg> heads = new ArrayList<>();
        for (Arg h : s.in(path.substring(0, slash))) {
            // « les frappes, que le Pakistan a condamnées », « ce que Moscou a dénoncé »: the object pronoun's antecedent
            IndexedWord antecedent = Syntax.isRelativePronoun(h.node) && "que".equals(Morph.lemma(h.node))
                    ? RelativeAntecedent.of(g, h.node) : null;
            heads.add(antecedent == null ? h : new Arg(h.slot, antecedent, h.rank));
        }
        for (Arg h : List.copyOf(heads)) {
            // "condamne ces provocations et l'usage de la force par l'Azerbaïdjan": each conjunct of the head.
            for (SemanticGraphEdge e : g.outgoingEdgeList(h.node)) {
                if (e.getRelation().toString().equals("conj")) {
                    heads.add(new Arg(h.slot, e.getDependent(), h.rank));
                }
            }
        }
        for (Arg head : heads) {
            if (cues.isWord(Cues.Kind.harmedNoun, Morph.lemma(head.node))) {
                continue;
            }
            ArgSet inner = new ArgSet();
            nouns.nounSlots(g, head.node, inner, head.rank);
            // « une décision aussitôt dénoncée par Moscou »: the trigger's own complements are not its object's
            if (g.getChildren(head.node).contains(trigger)) {
                Set<IndexedWord> own = g.descendants(trigger);
                inner.args.removeIf(a -> a.slot.equals("participle-agent") && own.contains(a.node));
            }
            for (SemanticGraphEdge e : g.outgoingEdgeList(head.node)) {
                String rel = e.getRelation().toString();
                // Not the trigger itself ("le transport C-390 commandé par le Portugal": its agent is its own subject).
                if ((rel.equals("acl") || rel.equals("acl:relcl")) && !e.getDependent().equals(trigger)) {
                    for (SemanticGraphEdge f : g.outgoingEdgeList(e.getDependent())) {
                        if (f.getRelation().toString().equals("obl:agent")) {
                            inner.add("par", f.getDependent(), head.rank);
                        }
                    }
                }
            }
            String rest = path.substring(slash + 1);
            // « l'invasion de l'Ukraine par la Russie »: beside an agent, the « de » complement is what undergoes the act
            // « protester contre l'invasion de la Tchécoslovaquie »: an event's « de » complement that it acts on
            if ((rest.equals("de") || rest.startsWith("de/")) && (!inner.in("par").isEmpty() || actedOn(head.node))) {
                continue;
            }
            out.addAll(path(g, trigger, inner, rest));
        }
        return out;
    }

    /** An event whose « de » complement is what it acts on (« l'invasion de la Tchécoslovaquie »), not who acts. */
    static boolean actedOn(IndexedWord event) {
        return PATIENT_EVENTS.contains(Morph.lemma(event));
    }

    static boolean isVerbal(SemanticGraph g, IndexedWord w) {
        String tag = w.tag();
        if ("VERB".equals(tag) || "AUX".equals(tag)) {
            return true;
        }
        Morph m = Morph.of(w);
        // "l'armée turque" may come tagged ADJ, yet with its article it is a noun.
        return "ADJ".equals(tag) && m.category() == 'V' && (m.pastParticiple() || m.presentParticiple())
                && Syntax.child(g, w, "det") == null;
    }

    private void verbSlots(SemanticGraph g, IndexedWord v, ArgSet s) {
        SemanticGraphEdge in = ArgumentFinder.participleConjunct(g, v);
        String inRel = in == null ? "" : in.getRelation().toString();
        Morph morph = Morph.of(v);
        // The noun may be a number or a stray letter when the tokenizer split a designation ("Su" "-25", "F" "-16"), or
        // a subject pronoun (« équipée par l'Union soviétique dès les années 1960, elle est restée … »).
        boolean participleOnNoun = (inRel.equals("acl") || inRel.equals("amod")) && (Syntax.isNoun(in.getGovernor())
                || "NUM".equals(in.getGovernor().tag()) || "X".equals(in.getGovernor().tag()) || Syntax.isSubjectPronoun(in.getGovernor()));
        // « l'armée indienne restait équipée par la Grande-Bretagne »: a past participle as a copula's complement
        boolean copularParticiple = inRel.equals("xcomp") && morph.pastParticiple() && cues.isWord(Cues.Kind.copula, Morph.lemma(in.getGovernor()));
        // « l'armée a été formée et équipée par la France »: a participle coordinated with a passive one is passive too
        SemanticGraphEdge up = Syntax.parentEdge(g, v);
        boolean passiveConjunct = up != null && up.getRelation().toString().equals("conj") && morph.pastParticiple()
                && Syntax.child(g, v, "aux") == null && Syntax.child(g, v, "nsubj") == null
                && Syntax.child(g, up.getGovernor(), "aux:pass") != null;
        boolean passive = Syntax.child(g, v, "aux:pass") != null || Syntax.child(g, v, "nsubj:pass") != null
                || (participleOnNoun && morph.pastParticiple() && Syntax.child(g, v, "aux") == null) || copularParticiple
                || passiveConjunct;
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (Syntax.contrastedAway(g, d)) {
                continue; // « achetés à Washington, pas à Brasilia »
            }
            switch (rel) {
                case "nsubj" -> s.add(passive ? "object" : "subject", d, 0);
                case "nsubj:pass" -> s.add("object", d, 0);
                // "Le ministère fait porter la responsabilité à ...", "Paris fait livrer des armes": the causer acts.
                case "nsubj:caus" -> s.add("subject", d, 0);
                case "obj" -> {
                    if (REFLEXIVES.contains(Syntax.lower(d)) || reciprocalOther(g, d)) {
                        s.reflexive = true;
                    } else if (Syntax.lower(d).equals("en")) {
                        // "… et en équipe ses frégates"
                        s.add(partitiveSlot(g, v, d), d, 0);
                    } else {
                        s.add("object", d, 0);
                        if (AMBIGUOUS_CLITICS.contains(Syntax.lower(d)) && d.index() < v.index()) {
                            // « en nous reprochant d'avoir abîmé le fleuve »: « nous » is a direct or an indirect object
                            // alike; the frame's slots tell which
                            s.add("à", d, 0);
                        }
                    }
                }
                case "expl", "expl:comp", "expl:pv" -> {
                    s.reflexive |= REFLEXIVES.contains(Syntax.lower(d));
                    if (rel.equals("expl") && Syntax.lower(d).equals("en")) {
                        // "avant que l'Inde n'en commande trente-six": "en" stands for what is transferred.
                        s.add("object", d, 0);
                    }
                }
                case "iobj" -> {
                    if (Syntax.lower(d).equals("en")) {
                        // "la Russie en avait cédé six", "l'Australie en équipe ses frégates"
                        s.add(partitiveSlot(g, v, d), d, 0);
                    } else if (!PrepositionSlots.emphatic(g, d)) {
                        s.add("à", d, 0);
                    }
                }
                case "obl:agent" -> {
                    // « achetés par l'intermédiaire d'un accord avec le Canada »: a compound preposition, no agent
                    String slot = PrepositionSlots.prepositionSlot(g, d);
                    boolean agent = slot == null || slot.equals("par");
                    // « les guérilleros recevaient par le Yémen du Sud des armes »: beside an active verb's own subject,
                    // « par » says which way, not who acts
                    boolean route = agent && !passive && Syntax.child(g, v, "nsubj") != null
                            && !(morph.pastParticiple() && Syntax.child(g, v, "aux") == null);
                    s.add(route ? "par" : agent ? "subject" : slot, PrepositionSlots.target(g, d), 0);
                }
                // « Washington a continué d'y livrer des hélicoptères »: where it goes, as « à » would say.
                case "advmod" -> {
                    if (Syntax.lower(d).equals("y")) {
                        s.add("à", d, 0);
                    }
                }
                // "l'aviation qatarie vole français": an adjective the verb predicates.
                case "xcomp" -> {
                    if ("ADJ".equals(d.tag())) {
                        s.add("attribute", d, 0);
                    }
                }
                case "obl", "obl:arg", "obl:mod", "nmod" -> {
                    String slot = PrepositionSlots.prepositionSlot(g, d);
                    if ("comme".equals(slot) && PrepositionSlots.likewise(g, d)) {
                        // "la Russie vend des armes à l'Iran, tout comme la Chine": a second subject.
                        slot = passive ? "object" : "subject";
                    }
                    if ("de".equals(slot) && (Syntax.fronted(g, d, v) || PrepositionSlots.timePhrase(d))) {
                        // "du temps de Modibo Keïta, l'armée était équipée par …", "équipées de longue date": a
                        // detached phrase or a time phrase says when.
                        slot = null;
                    }
                    if (slot != null) {
                        s.add(passive && slot.equals("par") ? "subject" : slot, PrepositionSlots.target(g, d), 0);
                    }
                    if (Syntax.isPartitive(g, d) && Syntax.child(g, v, "obj") == null) {
                        // "a vendu des canons": the tokenizer splits "des" into "de les", and the parser may read a
                        // prepositional phrase where there is the object.
                        s.add("object", d, 0);
                    }
                }
                default -> { }
            }
        }
        if (participleOnNoun && !(morph.presentParticiple() && ArgumentFinder.detached(g, v)) && !source(g, in.getGovernor())) {
            // "les pays fournissant des armes", "des drones fournis à Bakou"; not ", lui livrant ...", whose subject
            // is the main clause's.
            IndexedWord noun = in.getGovernor();
            // « la Pologne, premier membre de l'OTAN à en acquérir »: the noun an infinitive in « à » describes does it,
            // and is said of the subject the clause understands (« la Pologne a été le premier pays … à livrer »)
            IndexedWord mark = Syntax.child(g, v, "mark");
            boolean infinitiveInA = morph.infinitive() && mark != null && "à".equals(Syntax.lower(mark));
            // (« les quatre Mi-17 arrivés en décembre 2004 »: a verb of arriving says it of its subject)
            if (!infinitiveInA) {
                s.add(morph.presentParticiple() || ARRIVAL_VERBS.contains(Morph.lemma(v)) ? "subject" : "object", noun, 0);
            }
        }
        if (!s.has("subject") && !passive) {
            s.add("subject", finder.understoodSubject(g, v), 2);
            if (inRel.equals("conj")) {
                // "la Russie cherche à ... et vend des armes à l'Iran, tout comme la Chine": the phrase on the first
                // verb is said of the whole coordination.
                for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
                    if (e.getRelation().toString().startsWith("obl") && "comme".equals(PrepositionSlots.prepositionSlot(g, e.getDependent()))
                            && PrepositionSlots.likewise(g, e.getDependent()) && e.getDependent().index() > v.index()) {
                        s.add("subject", e.getDependent(), 2);
                    }
                }
            }
        }
        if (!s.has("object") && inRel.equals("xcomp")) {
            // "des bombes, que le Royaume-Uni continue d'exporter": the relative pronoun is the infinitive's object.
            IndexedWord object = Syntax.child(g, in.getGovernor(), "obj");
            if (object != null && Syntax.isRelativePronoun(object)) {
                s.add("object", object, 1);
            }
        }
        if (!s.has("object") && inRel.equals("conj")) {
            // "Kigali dément et accuse à son tour le gouvernement congolais": the object after the second verb, which
            // the parser hung on the first, is the second's too.
            IndexedWord object = Syntax.child(g, in.getGovernor(), "obj");
            if (object != null && object.index() > v.index()) {
                s.add("object", object, 1);
            }
        }
        if (!s.has("object") && inRel.equals("conj")) {
            // « ont créé, armé et encadré la Garde d'Haïti »: a verb in the middle of a coordination shares the object
            // of a later one.
            for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
                IndexedWord other = e.getDependent();
                IndexedWord object = e.getRelation().toString().equals("conj") ? objectToShare(g, other) : null;
                if (other.index() > v.index() && object != null && object.index() > other.index()) {
                    s.add("object", object, 1);
                }
            }
        }
        if (!s.has("object")) {
            // "la France a équipé et formé les armées du Mali": coordinated verbs share the object of the last.
            for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
                IndexedWord other = e.getDependent();
                IndexedWord object = e.getRelation().toString().equals("conj") ? objectToShare(g, other) : null;
                if (object != null) {
                    s.add("object", object, 1);
                    if (!s.has("à") && other.index() == v.index() + 2 && Syntax.child(g, other, "cc") != null) {
                        // « ont fourni ou financé des armes à divers groupes » (two verbs joined right after each
                        // other): and where it goes
                        shareRecipient(g, other, s);
                    }
                }
            }
        }
        if (!s.has("subject") && passive) {
            Reattachment.sharedAgent(g, v, s);
        }
        if (passiveConjunct && !s.has("à") && !ORDERING_VERBS.contains(Morph.lemma(up.getGovernor()))) {
            // « des armes parachutées aux insurgés par la France et livrées par le Qatar »: and where they went
            shareRecipient(g, up.getGovernor(), s);
        }
        if (!passive) {
            Reattachment.imitatorsAsSubjects(g, v, s);
        }
        Reattachment.undergoerOfReflexiveVoice(g, v, s);
        if (!s.has("object") && passive) {
            // "les Rafale doivent être livrés": the understood subject of a passive is what it is about.
            s.add("object", finder.understoodSubject(g, v), 2);
        }
        Reattachment.examplesJoinTheirSlot(g, s);
        Reattachment.elaborationFillsItsSlot(g, s);
        Reattachment.objectSpelledOut(g, v, s);
        Reattachment.recipientOfSupplierApposition(g, v, s);
    }

    /** The object of a verb coordinated with another that has no subject of its own, which that other may share; or null. */
    private static IndexedWord objectToShare(SemanticGraph g, IndexedWord conjunct) {
        return "VERB".equals(conjunct.tag()) && Syntax.child(g, conjunct, "nsubj") == null ? Syntax.child(g, conjunct, "obj") : null;
    }

    /** The « à » phrases of a coordinated verb, as where the transfer of the verb beside it goes too. */
    private static void shareRecipient(SemanticGraph g, IndexedWord conjunct, ArgSet s) {
        g.outgoingEdgeList(conjunct).stream().filter(o -> o.getRelation().toString().startsWith("obl")
                        && "à".equals(PrepositionSlots.prepositionSlot(g, o.getDependent())))
                .forEach(o -> s.add("à", PrepositionSlots.target(g, o.getDependent()), 1));
    }

    /**
     * The slot of a partitive « en »: what is transferred (« la Russie en avait cédé six »), or, beside a direct object,
     * the « de » complement it stands for (« l'Australie en équipe ses frégates »).
     */
    private static String partitiveSlot(SemanticGraph g, IndexedWord verb, IndexedWord en) {
        return g.outgoingEdgeList(verb).stream().anyMatch(o -> o.getRelation().toString().equals("obj") && !o.getDependent().equals(en))
                ? "de" : "object";
    }

    /**
     * A noun under a support verb takes the verb's arguments: "Paris a conclu la vente de ... à Athènes"; so does a
     * noun that a support verb's relative clause takes as object: "les accusations qu'elle fait peser sur l'UE".
     */
    private void supportVerb(SemanticGraph g, IndexedWord noun, ArgSet s) {
        IndexedWord n = noun;
        for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
            IndexedWord v = e.getDependent();
            IndexedWord object = Syntax.child(g, v, "obj");
            if (e.getRelation().toString().equals("acl:relcl") && object != null && object.index() < v.index()
                    && FrenchWords.list("relative-object").contains(Syntax.lower(object))
                    && cues.isWord(Cues.Kind.supportVerb, Morph.lemma(v))) {
                ArgSet verb = new ArgSet();
                verbSlots(g, v, verb);
                IndexedWord then = Syntax.child(g, v, "xcomp");
                if (then != null) {
                    // "faire peser sur", "faire porter à": the complements of the infinitive.
                    verbSlots(g, then, verb);
                }
                verb.args.stream().filter(a -> !a.slot.equals("object") && !a.node.equals(object))
                        .forEach(a -> s.add(a.slot, a.node, 2));
            }
        }
        SemanticGraphEdge in = Syntax.parentEdge(g, n);
        if (in == null) {
            return;
        }
        String rel = in.getRelation().toString();
        IndexedWord v = in.getGovernor();
        if ((rel.equals("obj") || rel.startsWith("obl")) && REBUTTING.contains(Morph.lemma(v))) {
            // « Ankara rejette les accusations de Moscou », « Pékin a répondu aux accusations de Washington », « Taipei
            // doit essuyer les accusations de Pékin »: who rejects, answers or undergoes an accusation is its target
            IndexedWord subject = Syntax.child(g, v, "nsubj");
            s.add("answerer", subject != null ? subject : finder.understoodSubject(g, v), 2);
        }
        SemanticGraphEdge content = rel.startsWith("obl") && CONTENT_VERBS.contains(Morph.lemma(v)) ? Syntax.parentEdge(g, v) : null;
        if (content != null && content.getRelation().toString().startsWith("acl") && Syntax.parentEdge(g, content.getGovernor()) != null) {
            // « a signé un contrat portant sur l'acquisition de F-16 auprès du Danemark »: the noun a contract is about
            // takes the arguments of the verb the contract is under
            in = Syntax.parentEdge(g, content.getGovernor());
            rel = in.getRelation().toString();
            v = in.getGovernor();
            n = content.getGovernor();
        }
        if (!(rel.equals("obj") || rel.startsWith("obl") || rel.equals("nsubj:pass"))
                || !cues.isWord(Cues.Kind.supportVerb, Morph.lemma(v))) {
            return;
        }
        ArgSet verb = new ArgSet();
        verbSlots(g, v, verb);
        for (Arg a : verb.args) {
            if (!a.node.equals(n) && !a.slot.equals("object")) {
                s.add(a.slot, a.node, 2);
            }
        }
    }

    /**
     * « selon les autorités tchadiennes »: who says so. A participle the parser hung on such a phrase takes none of its
     * arguments from it.
     */
    static boolean source(SemanticGraph g, IndexedWord noun) {
        return "selon".equals(Syntax.caseWord(g, noun));
    }

    /** « chaque capitale a accusé l'autre », « les uns accusent les autres »: « l'autre » alone takes up the subject's pair. */
    private static boolean reciprocalOther(SemanticGraph g, IndexedWord object) {
        IndexedWord det = Syntax.child(g, object, "det");
        return OTHER.contains(Syntax.lower(object)) && det != null && OTHER_ARTICLES.contains(Syntax.lower(det))
                && g.getChildren(object).stream().noneMatch(c -> Syntax.isNoun(c));
    }
}
