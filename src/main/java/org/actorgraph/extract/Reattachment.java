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
 * Part of {@link Arguments}: arguments the parser hung in the wrong place, put back (a recipient hung on the object,
 * the examples of a plural argument), and gapped coordinations (« X à A et Y à B ») read as several argument sets.
 */
final class Reattachment {
    private static final Set<String> SUPPLIER_NOUNS = FrenchWords.list("supplier-noun");
    private static final Set<String> IMITATING = FrenchWords.list("imitation-verb");
    /** Case words that introduce examples of the argument before them ("à des pays comme l'Angola, l'Algérie"). */
    private static final Set<String> EXAMPLE_CASES = FrenchWords.list("example-case");
    private static final Set<String> RECIPIENT_CASES = FrenchWords.list("recipient-case");
    /** How many conjuncts of a recipient are read for pairs of materiel and recipient ({@link #gappedAfterRecipient}). */
    private static final int MAX_REMNANTS = 12;
    private static final Set<String> REFLEXIVES = FrenchWords.list("reflexive");
    private static final Set<String> SOURCE_DATIVE_VERBS = FrenchWords.list("source-dative-verb");
    private static final Set<String> MANUFACTURE_VERBS = FrenchWords.list("manufacture-verb");
    /** « céda les chasseurs Fiat G.91 engagés en Guinée »: where a participle of using puts the materiel is where it served. */
    private static final Set<String> USE_VERBS = FrenchWords.list("use-verb");

    private Reattachment() {}

    /**
     * Arguments the parser hung one level too low: a recipient under the object ("livre des canons aux forces
     * arméniennes") joins the trigger's slots; what is transferred hung under a party ("a livré à l'Ukraine des
     * missiles", "a reçu de la Turquie des drones") is a candidate theme.
     */
    static void misattached(SemanticGraph g, Arguments.ArgSet s, IndexedWord trigger) {
        for (Arguments.Arg a : List.copyOf(s.args)) {
            if (a.rank() > 0 && a.slot().equals("object")) {
                continue;
            }
            if (a.slot().equals("sous")) {
                continue; // « au titre de l'Initiative de sécurité … », « dans le cadre de … »: what the act falls under
            }
            List<SemanticGraphEdge> under = new ArrayList<>(g.outgoingEdgeList(a.node()));
            if (a.slot().equals("object")) {
                // "de fournir des radars et des blindés à l'Arménie": the recipient may hang on the last conjunct, or
                // on an adjective read as a participle ("des armes sophistiquées au Hamas").
                for (SemanticGraphEdge c : g.outgoingEdgeList(a.node())) {
                    String rel = c.getRelation().toString();
                    // (not the « à » of a participle of buying: « ses chasseurs, achetés à la Russie et livrés en 2011 »,
                    // nor the place of making: « ce patrouilleur, construit à Saint-Pétersbourg, a été remis par la Russie »)
                    if (rel.equals("conj") || rel.equals("acl") && Syntax.child(g, c.getDependent(), "obl:agent") == null
                            && !SOURCE_DATIVE_VERBS.contains(Morph.lemma(c.getDependent()))
                            && !MANUFACTURE_VERBS.contains(Morph.lemma(c.getDependent())) && !USE_VERBS.contains(Morph.lemma(c.getDependent()))) {
                        for (SemanticGraphEdge f : g.outgoingEdgeList(c.getDependent())) {
                            under.add(f);
                            // "des F-16 livrés par les États-Unis et des obusiers achetés à la Corée": when the trigger is
                            // the object's own participle, another conjunct's participle has its own complements.
                            if (rel.equals("conj") && f.getRelation().toString().equals("acl") && !a.node().equals(g.getParent(trigger))) {
                                under.addAll(g.outgoingEdgeList(f.getDependent()));
                            }
                        }
                    }
                }
            }
            for (SemanticGraphEdge e : under) {
                String erel = e.getRelation().toString();
                // "vendaient des F-5 au Honduras": the parser may read "des … au …" as a range (nmod:range)
                if (!erel.equals("nmod") && !erel.equals("nmod:range") && !(erel.equals("obl") && !e.getGovernor().equals(a.node()))) {
                    continue;
                }
                String slot = PrepositionSlots.prepositionSlot(g, e.getDependent());
                if (slot == null) {
                    continue;
                }
                if (a.slot().equals("object")) {
                    if (slot.equals("de") && e.getGovernor().equals(a.node()) && Arguments.actedOn(a.node())) {
                        continue; // « condamne l'invasion de l'Ukraine »: what the event acts on
                    }
                    s.add(slot, PrepositionSlots.target(g, e.getDependent()), 1);
                    if (slot.equals("de") && e.getGovernor().equals(a.node())) {
                        // « imputé le déclenchement des hostilités aux forces kirghizes »: or one level lower still,
                        // under the object's own « de » complement
                        for (SemanticGraphEdge f : g.outgoingEdgeList(e.getDependent())) {
                            String lower = f.getRelation().toString().equals("nmod") ? PrepositionSlots.prepositionSlot(g, f.getDependent()) : null;
                            if (lower != null && RECIPIENT_CASES.contains(lower) && !s.has(lower)) {
                                s.add(lower, PrepositionSlots.target(g, f.getDependent()), 1);
                            }
                        }
                    }
                } else if (RECIPIENT_CASES.contains(slot) && !s.has(slot) && !a.slot().equals("possessor")) {
                    // "la vente d'armes par des Belges au Rwanda": a complement hung on another argument.
                    s.add(slot, PrepositionSlots.target(g, e.getDependent()), 1);
                } else if (slot.equals("de") && !a.slot().equals("possessor")) {
                    s.add("theme?", e.getDependent(), Math.max(1, a.rank()));
                }
            }
        }
    }

    /**
     * « le petit émirat a diversifié ses fournisseurs : Mirage F1 français, Skyhawk américains, chars Chieftain
     * britanniques », « le Paraguay diversifie ses achats : fusils Mauser …, avions Potez venus de France »: the phrases
     * after a colon that the parser hangs on the object (as appositions, and their conjuncts and appositions) spell it
     * out; each is an object of its own, with its own qualifiers.
     */
    static List<Arguments.ArgSet> listAfterColon(SemanticGraph g, Arguments.ArgSet s) {
        List<Arguments.ArgSet> out = new ArrayList<>();
        for (Arguments.Arg object : s.in("object")) {
            // the colon and the first phrase may hang on the object or on its verb
            IndexedWord verb = g.getParent(object.node());
            List<IndexedWord> heads = verb == null ? List.of(object.node()) : List.of(object.node(), verb);
            IndexedWord colon = heads.stream().flatMap(h -> g.getChildren(h).stream()).filter(c -> ":".equals(c.word())
                    && c.index() > object.node().index()).findFirst().orElse(null);
            if (colon == null) {
                continue;
            }
            List<IndexedWord> items = new ArrayList<>();
            List<IndexedWord> frontier = new ArrayList<>(heads);
            while (!frontier.isEmpty()) {
                IndexedWord n = frontier.remove(0);
                for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
                    String rel = e.getRelation().toString();
                    IndexedWord d = e.getDependent();
                    if ((rel.equals("appos") || rel.equals("conj") && !n.equals(verb)) && d.index() > colon.index() && !items.contains(d)) {
                        items.add(d);
                        frontier.add(d);
                    }
                }
            }
            for (IndexedWord item : items) {
                Arguments.ArgSet listed = refilled(s, "object", item);
                listed.listed = true;
                out.add(listed);
            }
        }
        return out;
    }

    /** "commandé des obusiers à la Corée du Sud et des HIMARS aux États-Unis": one reading per conjunct of the object. */
    static List<Arguments.ArgSet> gapped(SemanticGraph g, Arguments.ArgSet s) {
        List<Arguments.ArgSet> out = new ArrayList<>(gappedAfterRecipient(g, s));
        out.addAll(listAfterColon(g, s));
        for (Arguments.Arg object : s.in("object")) {
            // "des drones Bayraktar TB2 turcs et Mohajer-6 iraniens": the parser may coordinate the second name with
            // the first, which names the object.
            List<SemanticGraphEdge> conjuncts = new ArrayList<>(g.outgoingEdgeList(object.node()));
            for (SemanticGraphEdge e : g.outgoingEdgeList(object.node())) {
                if (e.getRelation().toString().equals("appos") && e.getDependent().index() > object.node().index()) {
                    conjuncts.addAll(g.outgoingEdgeList(e.getDependent()));
                }
            }
            for (SemanticGraphEdge e : conjuncts) {
                if (!e.getRelation().toString().equals("conj")) {
                    continue;
                }
                IndexedWord conjunct = e.getDependent();
                String own = PrepositionSlots.prepositionSlot(g, conjunct);
                if (own != null && !own.equals("de") && s.has(own)) {
                    // "reprochant à l'Australie sa duplicité et aux États-Unis une décision brutale": the parser
                    // coordinates the second "à" phrase with the object; it is the slot's second filler.
                    out.add(refilled(s, own, PrepositionSlots.target(g, conjunct)));
                }
                IndexedWord gappedObject = gappedObject(g, e.getGovernor(), conjunct);
                if (gappedObject != null && s.has("subject")) {
                    // "la Chine lui a livré des corvettes et l'Allemagne des frégates": a name with its own partitive
                    // object is the subject of a clause whose verb is not repeated.
                    out.add(refilled(refilled(s, "object", gappedObject), "subject", conjunct));
                    continue;
                }
                if (Syntax.child(g, conjunct, "amod") != null) {
                    // "des Jaguar britanniques, des Mirage F1 français et des Kfir israéliens": each conjunct with
                    // its own qualifier (a demonym naming its supplier) is an object of its own.
                    out.add(refilled(s, "object", conjunct));
                }
                for (SemanticGraphEdge f : g.outgoingEdgeList(conjunct)) {
                    String slot = f.getRelation().toString().equals("nmod") ? PrepositionSlots.prepositionSlot(g, f.getDependent()) : null;
                    if (slot != null && !slot.equals("de") && s.has(slot)) {
                        out.add(refilled(refilled(s, "object", conjunct), slot, PrepositionSlots.target(g, f.getDependent())));
                    }
                }
            }
        }
        return out;
    }

    /**
     * « des obusiers vendus à l'Inde, des FA-50 aux Philippines, des T-50 à l'Irak »: pairs of what and to whom after the
     * first, which the parser coordinates with the first recipient (the recipient of each pair hung on its materiel).
     * One reading per pair.
     */
    private static List<Arguments.ArgSet> gappedAfterRecipient(SemanticGraph g, Arguments.ArgSet s) {
        List<Arguments.ArgSet> out = new ArrayList<>();
        if (!s.has("object")) {
            return out;
        }
        for (Arguments.Arg recipient : s.in("à")) {
            List<IndexedWord> pending = new ArrayList<>(List.of(recipient.node()));
            for (int i = 0; i < pending.size() && i < MAX_REMNANTS; i++) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(pending.get(i))) {
                    IndexedWord remnant = e.getDependent();
                    if (!e.getRelation().toString().equals("conj") || remnant.index() < recipient.node().index()) {
                        continue;
                    }
                    pending.add(remnant);
                    if (Syntax.child(g, remnant, "case") != null) {
                        continue; // « à l'Inde, au Pakistan »: a recipient of its own, not materiel
                    }
                    for (SemanticGraphEdge f : g.outgoingEdgeList(remnant)) {
                        if (f.getRelation().toString().equals("nmod") && "à".equals(PrepositionSlots.prepositionSlot(g, f.getDependent()))) {
                            out.add(refilled(refilled(s, "object", remnant), "à", PrepositionSlots.target(g, f.getDependent())));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * « Moscou, fournisseur historique de Tachkent, a livré des hélicoptères »: the state a supplier noun in apposition
     * to the subject names is a recipient (rank 2: one the clause writes comes first); so is the one that a relative
     * clause of an arming verb on the subject arms (« Les États-Unis, qui équipent les forces saoudiennes depuis
     * soixante ans, ont livré des F-15 »).
     */
    static void recipientOfSupplierApposition(SemanticGraph g, IndexedWord verb, Arguments.ArgSet s) {
        for (Arguments.Arg subject : s.in("subject")) {
            IndexedWord named = Syntax.isRelativePronoun(subject.node()) ? RelativeAntecedent.of(g, subject.node()) : subject.node();
            for (SemanticGraphEdge e : named == null ? List.<SemanticGraphEdge>of() : g.outgoingEdgeList(named)) {
                if (e.getRelation().toString().equals("appos") && SUPPLIER_NOUNS.contains(Morph.lemma(e.getDependent()))) {
                    // « fournisseur de Tachkent », « fournisseur d'armes de Dacca »
                    for (IndexedWord of : deComplements(g, e.getDependent())) {
                        s.add("supplied", of, 2);
                        deComplements(g, of).forEach(x -> s.add("supplied", x, 2));
                    }
                }
                if (e.getRelation().toString().equals("acl:relcl") && Regimes.arming(e.getDependent())) {
                    IndexedWord armed = Syntax.child(g, e.getDependent(), "obj");
                    IndexedWord who = Syntax.child(g, e.getDependent(), "nsubj");
                    if (who != null && Syntax.isRelativePronoun(who) && armed != null && !Syntax.isRelativePronoun(armed)) {
                        s.add("supplied", armed, 2);
                    }
                }
            }
        }
    }

    private static List<IndexedWord> deComplements(SemanticGraph g, IndexedWord noun) {
        return Holders.deComplements(g, noun).map(d -> PrepositionSlots.target(g, d)).toList();
    }

    /**
     * « le Pérou transféra des Mirage à Buenos Aires, et la Libye des missiles »: a clause that does not repeat the
     * trigger (nlp/GappedClause: the name a conjunct of the verb, the phrase after it its orphan) has the trigger's other
     * arguments, with that name for subject and that phrase for object.
     */
    static List<Arguments.ArgSet> gappedClauses(SemanticGraph g, IndexedWord trigger, Arguments.ArgSet s) {
        List<Arguments.ArgSet> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            IndexedWord orphan = Syntax.child(g, e.getDependent(), "orphan");
            if (e.getRelation().toString().equals("conj") && orphan != null && s.has("subject")) {
                out.add(refilled(refilled(s, "object", orphan), "subject", e.getDependent()));
            }
        }
        return out;
    }

    /**
     * The partitive object right after a coordinated name ("et l'Allemagne des frégates MEKO"), hung on the name or on
     * the phrase it is coordinated with, or null.
     */
    private static IndexedWord gappedObject(SemanticGraph g, IndexedWord head, IndexedWord conjunct) {
        if (!"PROPN".equals(conjunct.tag())) {
            return null;
        }
        List<SemanticGraphEdge> candidates = new ArrayList<>(g.outgoingEdgeList(conjunct));
        candidates.addAll(g.outgoingEdgeList(head));
        for (SemanticGraphEdge e : candidates) {
            IndexedWord d = e.getDependent();
            if (e.getRelation().toString().equals("nmod") && Syntax.isPartitive(g, d) && d.index() > conjunct.index()
                    && Syntax.phraseStart(g, d) == conjunct.index() + 1) {
                return d;
            }
        }
        return null;
    }

    /** A copy of the arguments with one slot filled by another node instead. */
    private static Arguments.ArgSet refilled(Arguments.ArgSet s, String slot, IndexedWord node) {
        Arguments.ArgSet c = s.copy();
        c.args.removeIf(a -> a.slot().equals(slot));
        c.add(slot, node, 0);
        return c;
    }

    /**
     * "vend aux deux camps : des chars à l'Irak, des missiles à l'Iran": after a colon, the phrases that elaborate an
     * argument with its own preposition fill its slot.
     */
    static void elaborationFillsItsSlot(SemanticGraph g, Arguments.ArgSet s) {
        for (Arguments.Arg a : List.copyOf(s.args)) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(a.node())) {
                IndexedWord item = e.getDependent();
                IndexedWord colon = g.getNodeByIndexSafe(a.node().index() + 1);
                if (!e.getRelation().toString().equals("appos") || colon == null || !":".equals(colon.word())) {
                    continue;
                }
                List<IndexedWord> items = new ArrayList<>(List.of(item));
                g.outgoingEdgeList(item).stream().filter(c -> c.getRelation().toString().equals("conj"))
                        .forEach(c -> items.add(c.getDependent()));
                for (IndexedWord i : items) {
                    for (SemanticGraphEdge f : g.outgoingEdgeList(i)) {
                        if (f.getRelation().toString().equals("nmod") && a.slot().equals(PrepositionSlots.prepositionSlot(g, f.getDependent()))) {
                            s.add(a.slot(), f.getDependent(), a.rank());
                        }
                    }
                }
            }
        }
    }

    /**
     * "L'UE dénonce les excès de violence … : les intrusions israéliennes, les tirs de chars …": a noun after a colon
     * that the parser hangs on the verb spells out its object.
     */
    static void objectSpelledOut(SemanticGraph g, IndexedWord verb, Arguments.ArgSet s) {
        for (Arguments.Arg object : List.copyOf(s.in("object"))) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
                IndexedWord d = e.getDependent();
                if (e.getRelation().toString().equals("parataxis") && Syntax.isNoun(d)
                        && Syntax.wordBetween(g, object.node(), d, Set.of(":"))) {
                    s.add("object", d, object.rank() + 1);
                }
            }
        }
    }

    /** "à des pays comme l'Angola, l'Algérie": the examples fill the slot of the argument before them. */
    static void examplesJoinTheirSlot(SemanticGraph g, Arguments.ArgSet s) {
        for (Arguments.Arg a : List.copyOf(s.args)) {
            if (!EXAMPLE_CASES.contains(a.slot())) {
                continue;
            }
            Arguments.Arg before = null;
            for (Arguments.Arg b : s.args) {
                if (!EXAMPLE_CASES.contains(b.slot()) && b.node().index() < a.node().index()
                        && (before == null || b.node().index() > before.node().index())) {
                    before = b;
                }
            }
            if (before != null) {
                s.add(before.slot(), a.node(), a.rank());
            }
        }
    }

    /**
     * « L'Espagne s'est vu reprocher par Israël de … », « la Turquie s'est vu accuser par la Grèce », « l'Égypte s'est
     * fait livrer des Rafale par la France »: under a reflexive « voir » or « faire » with an agent, the infinitive's
     * object, or its recipient, is who undergoes it: the subject of « voir ».
     */
    static void undergoerOfReflexiveVoice(SemanticGraph g, IndexedWord v, Arguments.ArgSet s) {
        SemanticGraphEdge in = Syntax.parentEdge(g, v);
        IndexedWord voice = in == null ? null : in.getGovernor();
        if (voice == null || !in.getRelation().toString().equals("xcomp") || !Set.of("voir", "faire").contains(Morph.lemma(voice))
                || Syntax.child(g, v, "obl:agent") == null || g.getChildren(voice).stream().noneMatch(
                        c -> REFLEXIVES.contains(Syntax.lower(c)) && !Syntax.isNoun(c))) {
            return;
        }
        IndexedWord undergoer = Syntax.child(g, voice, "nsubj");
        s.add("à", undergoer, 0);
        if (!s.has("object")) {
            s.add("object", undergoer, 0);
        }
    }

    /**
     * « le gouvernement britannique saisit la Cour contre l'Islande, imité par la RFA »: the agent of a participle of
     * imitation after the verb (french-words imitation-verb) does what the subject does.
     */
    static void imitatorsAsSubjects(SemanticGraph g, IndexedWord v, Arguments.ArgSet s) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            IndexedWord p = e.getDependent();
            String rel = e.getRelation().toString();
            if ((rel.equals("conj") || rel.equals("advcl")) && p.index() > v.index() && Morph.of(p).pastParticiple()
                    && IMITATING.contains(Morph.lemma(p)) && Syntax.child(g, p, "obj") == null) {
                s.add("subject", Syntax.child(g, p, "obl:agent"), 0);
            }
        }
    }

    /**
     * "l'armée a été équipée et formée par les États-Unis", "formée et équipée pendant des décennies par les
     * Britanniques": coordinated passive participles share the agent the parser hung on one of them.
     */
    static void sharedAgent(SemanticGraph g, IndexedWord v, Arguments.ArgSet s) {
        // « achetés à la Turquie et présentés par le chef des services »: a participle with its own complements did
        // its own act; the agent of the next one presented, it did not sell
        boolean ownComplements = g.outgoingEdgeList(v).stream().anyMatch(e -> e.getRelation().toString().matches("obj|iobj|obl.*")
                && e.getDependent().index() > v.index() && !NotTheme.numberOrDate(e.getDependent()));
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            if (e.getRelation().toString().equals("conj") && Morph.of(e.getDependent()).pastParticiple() && !ownComplements) {
                s.add("subject", Syntax.child(g, e.getDependent(), "obl:agent"), 1);
            }
        }
        // The agent hung on the first participle, after both.
        SemanticGraphEdge up = Syntax.parentEdge(g, v);
        IndexedWord agent = up == null || !up.getRelation().toString().equals("conj") ? null
                : Syntax.child(g, up.getGovernor(), "obl:agent");
        if (agent != null && agent.index() > v.index() && Morph.of(up.getGovernor()).pastParticiple()) {
            s.add("subject", agent, 1);
        }
    }
}
