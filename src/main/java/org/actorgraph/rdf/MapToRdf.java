package org.actorgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.extract.AnalyzedDocument;
import org.actorgraph.extract.MoneyValue;
import org.actorgraph.extract.RelationEvent;
import org.actorgraph.extract.TransferItem;
import org.actorgraph.ingest.Document;
import org.actorgraph.link.Actor;
import org.actorgraph.link.ActorKind;
import org.actorgraph.link.Gazetteer;
import org.actorgraph.link.LinkedSentence;
import org.actorgraph.link.Mention;
import org.actorgraph.nlp.ParsedSentence;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage "map to RDF": one analysed document becomes the RDF of its named graph: the document, the
 * sentences that carry evidence, the actors it names, one event node per relation with its roles and
 * provenance, and the direct edges between states for the events the text asserts.
 */
public final class MapToRdf {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "http://schema.org/";

    private static final Logger LOG = LoggerFactory.getLogger(MapToRdf.class);

    private final Gazetteer gazetteer;

    public MapToRdf(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public MappedDocument apply(AnalyzedDocument a) {
        return new MappedDocument(a, map(a));
    }

    public Model map(AnalyzedDocument a) {
        Document d = a.document();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ag", AG.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("wd", AG.WIKIDATA);

        Resource doc = m.createResource(Iris.document(d.id()), AG.Document);
        doc.addProperty(DCTerms.identifier, d.id());
        doc.addProperty(AG.textHash, d.textHash());
        doc.addLiteral(AG.sentenceCount, m.createTypedLiteral(a.sentences().size(), XSDDatatype.XSDinteger));
        if (d.title() != null) {
            doc.addProperty(DCTerms.title, d.title());
        }
        String date = d.date();
        if (date != null) {
            doc.addProperty(DCTerms.date, XSDDatatype.XSDdate.isValid(date)
                    ? m.createTypedLiteral(date, XSDDatatype.XSDdate) : m.createLiteral(date));
        }
        if (d.url() != null) {
            if (isWebAddress(d.url())) {
                doc.addProperty(m.createProperty(SCHEMA, "url"), m.createResource(d.url()));
            } else {
                LOG.warn("{}: document '{}': url '{}' is not an http(s) address; not kept", d.origin(), d.id(), d.url());
            }
        }
        if (d.source() != null) {
            doc.addProperty(DCTerms.source, d.source());
        }

        Set<String> actorsWritten = new HashSet<>();
        for (Mention mention : a.mentions()) {
            actor(m, mention.actor(), actorsWritten);
        }
        Set<Integer> evidence = new HashSet<>();
        localActors(m, a, d.id(), evidence);
        int n = 0;
        for (RelationEvent e : a.events()) {
            int eventNumber = n++;
            Resource ev = m.createResource(Iris.event(d.id(), eventNumber), AG.resource(e.relation().eventClass()));
            ev.addProperty(AG.property(e.relation().fromRole()), actor(m, e.from(), actorsWritten));
            ev.addProperty(AG.property(e.relation().toRole()), actor(m, e.to(), actorsWritten));
            for (Actor w : e.weapons()) {
                ev.addProperty(AG.weapon, actor(m, w, actorsWritten));
            }
            if (e.status() != null) {
                ev.addProperty(AG.status, AG.resource(e.status().name()));
            }
            ev.addProperty(AG.modality, AG.resource(e.modality().name()));
            if (e.accordingTo() != null) {
                ev.addProperty(AG.accordingTo, actor(m, e.accordingTo(), actorsWritten));
            }
            ev.addProperty(AG.trigger, e.trigger());
            ev.addProperty(AG.ruleId, e.ruleId());
            ev.addLiteral(AG.confidence, m.createTypedLiteral(
                    BigDecimal.valueOf(e.confidence()).setScale(2, RoundingMode.HALF_UP), XSDDatatype.XSDdecimal));
            ev.addProperty(m.createProperty(PROV, "wasDerivedFrom"), m.createResource(Iris.sentence(d.id(), e.sentenceIndex())));
            evidence.add(e.sentenceIndex());
            details(m, ev, d.id(), eventNumber, e, actorsWritten);
            if (e.isAsserted()) {
                actor(m, e.fromState(), actorsWritten).addProperty(AG.property(e.relation().property()),
                        actor(m, e.toState(), actorsWritten));
            }
        }
        for (LinkedSentence s : a.sentences()) {
            ParsedSentence p = s.parsed();
            if (!evidence.contains(p.index())) {
                continue;
            }
            Resource sr = m.createResource(Iris.sentence(d.id(), p.index()), AG.Sentence);
            sr.addProperty(DCTerms.isPartOf, doc);
            sr.addLiteral(AG.index, m.createTypedLiteral(p.index(), XSDDatatype.XSDinteger));
            sr.addProperty(AG.text, d.text().substring(p.begin(), p.end()));
            sr.addLiteral(AG.startOffset, m.createTypedLiteral(p.begin(), XSDDatatype.XSDinteger));
            sr.addLiteral(AG.endOffset, m.createTypedLiteral(p.end(), XSDDatatype.XSDinteger));
        }
        return m;
    }

    /**
     * For each actor without a Wikidata id (one no gazetteer lists, or a gazetteer row with a local key), how often the
     * document names it and the first sentence that does (written with the evidence), so that the names most often
     * seen can be looked up and added to a gazetteer ({@code kg actors --unlinked}).
     */
    private static void localActors(Model m, AnalyzedDocument a, String docId, Set<Integer> sentences) {
        // Counted over the sentences, so that every actor counted has a sentence (a mention across a sentence
        // boundary counts once).
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        Set<Mention> seen = new HashSet<>();
        for (LinkedSentence s : a.sentences()) {
            for (Mention x : s.mentions()) {
                if (!isUnlinked(x.actor()) || !seen.add(x)) {
                    continue;
                }
                if (counts.merge(x.actor(), 1, Integer::sum) == 1) {
                    m.getResource(Iris.actor(x.actor().qid())).addProperty(AG.mentionedIn,
                            m.createResource(Iris.sentence(docId, s.parsed().index())));
                    sentences.add(s.parsed().index());
                }
            }
        }
        counts.forEach((actor, k) -> m.getResource(Iris.actor(actor.qid()))
                .addLiteral(AG.mentionCount, m.createTypedLiteral(k, XSDDatatype.XSDinteger)));
    }

    /**
     * What the describe stage found of a transfer: one ag:TransferItem per kind of materiel (weapon, designation and
     * description as written, number, status, years of order, delivery and planned delivery), and the deal's value.
     */
    private void details(Model m, Resource ev, String docId, int eventNumber, RelationEvent e, Set<String> actorsWritten) {
        int k = 0;
        for (TransferItem item : e.details().items()) {
            Resource it = m.createResource(Iris.item(docId, eventNumber, k++), AG.TransferItem);
            ev.addProperty(AG.item, it);
            if (item.weapon() != null) {
                it.addProperty(AG.weapon, actor(m, item.weapon(), actorsWritten));
            }
            if (item.designation() != null && !item.designation().isBlank()) {
                it.addProperty(AG.designation, item.designation());
            }
            if (item.description() != null && !item.description().isBlank()) {
                it.addProperty(AG.description, item.description());
            }
            if (item.quantity() != null) {
                it.addLiteral(AG.quantity, m.createTypedLiteral(item.quantity(), XSDDatatype.XSDinteger));
            }
            if (item.quantityText() != null) {
                it.addProperty(AG.quantityText, item.quantityText());
            }
            it.addProperty(AG.status, AG.resource((item.status() != null ? item.status() : e.status()).name()));
            item.orderYears().forEach(y -> it.addLiteral(AG.orderYear, year(m, y)));
            item.deliveryYears().forEach(y -> it.addLiteral(AG.deliveryYear, year(m, y)));
            item.plannedDeliveryYears().forEach(y -> it.addLiteral(AG.plannedDeliveryYear, year(m, y)));
        }
        MoneyValue v = e.details().value();
        if (v != null) {
            ev.addLiteral(AG.contractValue, m.createTypedLiteral(v.amount().stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal));
            if (v.currency() != null) {
                ev.addProperty(AG.currency, v.currency());
            }
            ev.addProperty(AG.valueText, v.text());
        }
    }

    private static Literal year(Model m, int y) {
        return m.createTypedLiteral(String.format(Locale.ROOT, "%04d", y), XSDDatatype.XSDgYear);
    }

    /** The actor's node, with its type, label and Wikidata link written once per graph. */
    /** An actor (not a weapon system) that has no Wikidata id. */
    static boolean isUnlinked(Actor a) {
        return !a.hasWikidataId() && !a.isWeapon();
    }

    private Resource actor(Model m, Actor a, Set<String> written) {
        Resource r = m.createResource(Iris.actor(a.qid()));
        if (written.add(a.qid())) {
            r.addProperty(RDF.type, AG.resource(a.kind().name()));
            r.addProperty(RDFS.label, a.label(), "fr");
            if (a.labelEn() != null && !a.labelEn().isBlank()) {
                r.addProperty(RDFS.label, a.labelEn(), "en");
            }
            if (a.hasWikidataId()) {
                r.addProperty(OWL.sameAs, m.createResource(AG.WIKIDATA + a.qid()));
            }
            Actor home = a.homeQid() == null ? null : gazetteer.actor(a.homeQid());
            if (home != null && home.kind() == ActorKind.GovernmentBody && home.homeQid() != null) {
                // A commissioner answers to the Commission: her home state is the Commission's (the shapes want a
                // state or an organisation).
                home = gazetteer.actor(home.homeQid());
            }
            if (home != null) {
                r.addProperty(homeProperty(a, home), actor(m, home, written));
            }
        }
        return r;
    }


    private static boolean isWebAddress(String url) {
        try {
            IRIx iri = IRIx.create(url);
            return iri.isAbsolute() && url.matches("(?i)https?://\\S+");
        } catch (IRIException e) {
            return false;
        }
    }

    /** A weapon's maker when it is a company, else its country of origin; the home state of anyone else. */
    private static Property homeProperty(Actor a, Actor home) {
        if (!a.isWeapon()) {
            return AG.homeState;
        }
        return home.kind() == ActorKind.Company ? AG.manufacturer : AG.countryOfOrigin;
    }
}
