package org.actorgraph.link;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Set;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/** Part of {@link Discourse}: who a first-person pronoun says it is. */
final class Speakers {
    private static final Set<String> REPORTING_VERBS = FrenchWords.list("reporting-verb");

    private Speakers() {}

    /** How a reporting verb names the speaker of a quotation. */
    enum SpeakerForm { none, anaphor, named }

    /** Who a reporting verb says speaks a quotation, and the state a named speaker is of (null when none is). */
    record QuotationSpeaker(SpeakerForm form, Actor state) {
        static final QuotationSpeaker NONE = new QuotationSpeaker(SpeakerForm.none, null);
        static final QuotationSpeaker ANAPHOR = new QuotationSpeaker(SpeakerForm.anaphor, null);
    }

    /**
     * « « Nous lui avons livré trente-six Rafale », souligne le ministre français »: the speaker a reporting verb
     * outside the quotation names, and the state it is of (null for a person no state answers for); a speaker taken up
     * by a pronoun or a description (« souligne-t-il », « dit le ministre ») is not resolved here: its antecedent may
     * well be the state the quotation is about (« l'Inde … « Nous lui avons livré … », souligne-t-il »).
     */
    static QuotationSpeaker ofQuotation(LinkedSentence s, Quotations quotations, ActorResolver resolver, Gazetteer gazetteer) {
        SemanticGraph g = s.parsed().graph();
        if (g == null || resolver == null) {
            return QuotationSpeaker.NONE;
        }
        for (IndexedWord verb : g.vertexListSorted()) {
            IndexedWord subject = REPORTING_VERBS.contains(Morph.lemma(verb)) && !quotations.inQuotation(s, verb)
                    ? Syntax.child(g, verb, "nsubj") : null;
            if (subject == null || quotations.inQuotation(s, subject) || Anaphora.isFirstPerson(subject.word(), subject.tag())) {
                continue;
            }
            if (Anaphor.of(s, g, subject) != null) {
                return QuotationSpeaker.ANAPHOR;
            }
            Actor state = resolver.resolve(s, subject, 0).stream().map(r -> gazetteer.accountable(r.actor()))
                    .filter(a -> a != null && a.kind() == ActorKind.State).findFirst().orElse(null);
            return new QuotationSpeaker(SpeakerForm.named, state);
        }
        return QuotationSpeaker.NONE;
    }

    /** « Nous, ministres des Affaires étrangères de la France, de l'Allemagne et du Royaume-Uni, condamnons »: the states the apposition names. */
    static List<Actor> namedInApposition(LinkedSentence s, IndexedWord pronoun, ActorResolver resolver, Gazetteer gazetteer) {
        IndexedWord appos = Syntax.child(s.parsed().graph(), pronoun, "appos");
        return appos == null || resolver == null ? List.of() : resolver.resolveWithConjuncts(s, appos).stream()
                .map(r -> gazetteer.accountable(r.actor())).filter(x -> x != null).distinct().toList();
    }
}
