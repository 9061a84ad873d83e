package org.actorgraph.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.nlp.AnnotatedDocument;
import org.actorgraph.nlp.FrenchWords;
import org.actorgraph.nlp.ParsedSentence;
import org.actorgraph.nlp.Syntax;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Actors the gazetteer does not list: the persons and organisations CoreNLP's NER finds, with what the text says of
 * them ({@link NameCue}): « la société tchèque Excalibur Army » is a company of the Czech Republic. A name with a
 * cue takes the cue's kind; without one, a name after a courtesy title (« M. », « Mme ») is a person's, and so is a
 * name of two words or more that CoreNLP's NER takes for a person, unless a common noun says what it names (« les
 * frégates La Fayette »); any other name is left out, and so is an armed group, and a government body whose state
 * the text does not say. The actor's id is {@code local/} and the
 * slug of its name, so the same name is the same actor in every document; within a document, every occurrence of
 * the name is a mention of it.
 */
public final class LocalActors {
    /** The start of a local actor's id: its IRI is …/id/actor/local/{slug}. */
    public static final String KEY_PREFIX = "local/";
    private static final Logger LOG = LoggerFactory.getLogger(LocalActors.class);
    private static final Set<String> EDGE_TAGS = Set.of("DET", "ADP", "PUNCT", "CCONJ", "SCONJ");
    private static final int MAX_TOKENS = 8;
    /** Courtesy titles before a person's name, not part of it. */
    private static final Set<String> HONORIFICS = FrenchWords.list("honorific");
    private static final String BLANKS = "[\\s\\u00A0\\u202F]+";
    private static final Set<String> NAME_PARTICLES = FrenchWords.list("name-particle");

    private final Gazetteer gazetteer;
    private final NameCue cues;

    public LocalActors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cues = new NameCue(gazetteer);
    }

    /** What the document says of one name: its spellings, whether NER took it for a person, its cue, and its home. */
    private static final class Draft {
        final String label;
        final Set<String> spellings = new LinkedHashSet<>();
        /** CoreNLP's NER took a spelling of two words or more for a person's name (« Pål Jonson », not « Kharkiv »). */
        boolean person;
        /** A courtesy title or a title word stood before it (« M. Annan », « Président Mugabe »). */
        boolean titled;
        /** Some occurrence names a thing a common noun says (« les frégates La Fayette », « la loi Helms-Burton »). */
        boolean thing;
        ActorKind cued;
        Actor home;

        Draft(String label) {
            this.label = label;
        }

        /** The actor, or null when the name is left out. */
        Actor actor(String slug) {
            ActorKind kind = cued != null ? cued : titled || person && !thing ? ActorKind.Person : null;
            if (kind == null || kind == ActorKind.ArmedGroup || kind == ActorKind.GovernmentBody && home == null) {
                return null;
            }
            return new Actor(KEY_PREFIX + slug, kind, label, null, home == null ? null : home.qid());
        }
    }

    /** The mentions of actors the gazetteer does not list, in text order; {@code listed} are the gazetteer's mentions. */
    public List<Mention> find(AnnotatedDocument doc, List<Mention> listed) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (ParsedSentence p : doc.sentences()) {
            // A sentence the parse gate left unparsed is read from its tokens: the gate parses every sentence whose
            // names' reading the parse could change (a cue word, a common noun before a name).
            if (p.isParsed() || p.parse() == ParsedSentence.Parse.NOT_NEEDED) {
                read(p, doc.document().text(), listed, drafts);
            }
        }
        Map<String, Actor> bySpelling = new LinkedHashMap<>();
        Map<String, List<Actor>> bySurname = new LinkedHashMap<>();
        drafts.forEach((slug, d) -> {
            Actor a = d.actor(slug);
            if (a != null) {
                LOG.debug("{}: {} '{}' ({}, home {})", doc.document().id(), a.qid(), a.label(), a.kind(), a.homeQid());
                d.spellings.forEach(s -> bySpelling.putIfAbsent(s, a));
                String surname = a.kind() == ActorKind.Person ? surname(a.label()) : null;
                if (surname != null) {
                    bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(a);
                }
            }
        });
        // a person of the gazetteer too (« Viktor Orbán … Orbán »), by the surname the text wrote
        for (Mention m : listed) {
            String surname = m.actor().kind() == ActorKind.Person ? surname(m.text()) : null;
            List<Actor> persons = surname == null ? null : bySurname.computeIfAbsent(surname, k -> new ArrayList<>());
            if (persons != null && !persons.contains(m.actor())) {
                persons.add(m.actor());
            }
        }
        // « Jaroslav Naď, ministre slovaque … Naď y ajoute sa marque »: a person named in full is named by the surname
        // alone afterwards, unless two persons of the document share it
        bySurname.forEach((surname, persons) -> {
            if (persons.size() == 1) {
                bySpelling.putIfAbsent(surname, persons.get(0));
            }
        });
        return occurrences(doc.document().text(), bySpelling, listed);
    }

    private void read(ParsedSentence p, String text, List<Mention> listed, Map<String, Draft> drafts) {
        Mention[] byToken = Link.byToken(p, listed);
        for (Name n : names(p.tokens(), text, byToken)) {
            readName(p, n, byToken, drafts);
        }
    }

    /**
     * A name as the tokens and CoreNLP's NER show it, before the parse says what it is: its tokens (without
     * determiners, prepositions, courtesy titles and title words around it), its type (PER, ORG, or PROPN for proper
     * nouns NER left out), whether a courtesy title or a title word stood before it, its label and slug.
     */
    public record Name(List<CoreLabel> tokens, String type, boolean titled, String label, String slug) {}

    /**
     * The names of a sentence that {@link #find} reads (with the parse, in a parsed sentence): what the parse gate
     * reads of a sentence that is only tagged and labelled by NER. {@code begin} and {@code end} are the sentence's
     * offsets in {@code text}; {@code listed} the gazetteer's mentions.
     */
    public List<Name> names(List<CoreLabel> tokens, int begin, int end, String text, List<Mention> listed) {
        return names(tokens, text, Link.byToken(tokens, begin, end, listed));
    }

    private List<Name> names(List<CoreLabel> tokens, String text, Mention[] byToken) {
        List<Name> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            String type = type(tokens.get(i));
            int j = i + 1;
            while (type != null && j < tokens.size() && type.equals(type(tokens.get(j)))) {
                j++;
            }
            Name n = type == null ? null : name(tokens, text, tokens.subList(i, j), type, byToken);
            if (n != null) {
                out.add(n);
            }
            i = j;
        }
        return out;
    }

    /**
     * CoreNLP's French NER writes I-PER, I-ORG (no B- tags): consecutive tokens of one type are one name. Proper nouns
     * that it leaves out (« l'entreprise Excalibur Army ») are a name too, taken only with a cue or a courtesy title.
     */
    private static String type(CoreLabel t) {
        String type = type(t.ner());
        if (type == null && "PROPN".equals(t.tag()) && Character.isUpperCase(t.word().charAt(0))
                && (t.ner() == null || t.ner().equals("O") || t.ner().endsWith("MISC"))) {
            return "PROPN";
        }
        return type;
    }

    /** CoreNLP's French NER writes I-PER, I-ORG (no B- tags): consecutive tokens of one type are one name. */
    private static String type(String ner) {
        return ner == null ? null : ner.endsWith("PER") ? "PER" : ner.endsWith("ORG") ? "ORG" : null;
    }

    /** The name a span of one type is, or null when it is none (before the parse is read). */
    private Name name(List<CoreLabel> tokens, String text, List<CoreLabel> span, String type, Mention[] byToken) {
        int from = 0;
        int to = span.size();
        while (from < to && EDGE_TAGS.contains(span.get(from).tag())) {
            from++;
        }
        while (to > from && EDGE_TAGS.contains(span.get(to - 1).tag())) {
            to--;
        }
        // « M. Annan », « Monsieur le Président », « Président Mugabe »: a courtesy title or a title word is not part of
        // the name; a title word says it is a person's.
        ActorKind titled = null;
        while (from < to) {
            String w = span.get(from).word();
            ActorKind k = Character.isUpperCase(w.charAt(0)) ? gazetteer.cueKind(w) : null;
            if (HONORIFICS.contains(w) || k == ActorKind.Person) {
                titled = ActorKind.Person;
            } else if (!EDGE_TAGS.contains(span.get(from).tag())) {
                break;
            }
            from++;
        }
        int first = span.get(0).index();
        if (from == 0 && first >= 2 && HONORIFICS.contains(tokens.get(first - 2).word())) {
            titled = ActorKind.Person;
        }
        List<CoreLabel> name = span.subList(from, to);
        // A span that starts in lower case is a description (« ministre nigérian de la Défense »), not a name; one that
        // touches a gazetteer mention is the gazetteer's; a title word alone names nobody; quotes or commas inside
        // join two names (« Alan « Dave »).
        if (name.isEmpty() || name.size() > MAX_TOKENS || !Character.isUpperCase(name.get(0).word().charAt(0))
                || name.stream().anyMatch(t -> byToken[t.index()] != null)
                || name.size() == 1 && gazetteer.cueKind(name.get(0).word()) != null
                || name.stream().anyMatch(t -> "PUNCT".equals(t.tag()) && !t.word().matches("[-.'’]"))) {
            return null;
        }
        String label = text.substring(name.get(0).beginPosition(), name.get(name.size() - 1).endPosition())
                .replaceAll(BLANKS, " ");
        String slug = slug(label);
        return slug.length() < 2 ? null : new Name(name, type, titled == ActorKind.Person, label, slug);
    }

    private void readName(ParsedSentence p, Name n, Mention[] byToken, Map<String, Draft> drafts) {
        List<CoreLabel> name = n.tokens();
        IndexedWord head = p.graph() == null ? null : head(p.graph(), name);
        // « le ministre turc des Affaires étrangères, M. Cem »: the courtesy title is the phrase's head, and what it
        // is in apposition to says who the person is.
        SemanticGraphEdge up = head == null ? null : Syntax.parentEdge(p.graph(), head);
        if (up != null && HONORIFICS.contains(up.getGovernor().word()) && up.getGovernor().index() < head.index()) {
            head = up.getGovernor();
        }
        NameCue.Reading r = head == null ? new NameCue.Reading(null, null) : cues.read(p.graph(), head, byToken);
        if (n.type().equals("PROPN") && r.kind() == null && !n.titled()) {
            return;
        }
        Draft d = drafts.computeIfAbsent(n.slug(), k -> new Draft(n.label()));
        d.spellings.add(n.label());
        d.person |= n.type().equals("PER") && name.size() > 1;
        d.titled |= n.titled();
        d.thing |= r.kind() == null && !n.titled() && namesAThing(p.graph(), head);
        if (d.cued == null || r.kind() == ActorKind.ArmedGroup) {
            d.cued = r.kind();
        }
        if (d.home == null && r.kind() != null) {
            d.home = r.home();
        }
    }

    /**
     * Whether the name is the name of what a common noun before it says, with no preposition between them: « les
     * frégates La Fayette », « la loi Helms-Burton », « des missiles Roland » (the noun is no cue: not a person's).
     */
    private static boolean namesAThing(SemanticGraph g, IndexedWord name) {
        SemanticGraphEdge in = name == null ? null : Syntax.parentEdge(g, name);
        if (in == null || in.getGovernor().index() > name.index() || !"NOUN".equals(in.getGovernor().tag())) {
            return false;
        }
        String rel = in.getRelation().toString();
        return (rel.equals("appos") || rel.startsWith("flat") || rel.equals("compound") || rel.equals("dep")
                || rel.equals("nmod")) && Syntax.caseWord(g, name) == null;
    }

    /** The node of the name that its other tokens hang from. */
    private static IndexedWord head(SemanticGraph g, List<CoreLabel> name) {
        int first = name.get(0).index();
        int last = name.get(name.size() - 1).index();
        for (CoreLabel t : name) {
            IndexedWord w = g.getNodeByIndexSafe(t.index());
            SemanticGraphEdge in = w == null ? null : Syntax.parentEdge(g, w);
            if (w != null && (in == null || in.getGovernor().index() < first || in.getGovernor().index() > last)) {
                return w;
            }
        }
        return g.getNodeByIndexSafe(first);
    }

    /**
     * The last word of a person's name of two words or more (« Naď » of « Jaroslav Naď »), by which the text names
     * the person again; null for a name of one word or one that ends in an initial.
     */
    public static String surname(String label) {
        String[] words = label.split(BLANKS);
        String last = words[words.length - 1];
        int hyphen = last.indexOf('-');
        if (hyphen > 0 && NAME_PARTICLES.contains(last.substring(0, hyphen))) {
            // « Abdel Fattah al-Sissi … Sissi », « Anouar el-Sadate … Sadate »: the article of an Arabic name goes
            last = last.substring(hyphen + 1);
        }
        return words.length >= 2 && last.length() >= 3 && Character.isUpperCase(last.charAt(0)) && !last.endsWith(".") ? last : null;
    }

    /** The name in lower case without accents, its words joined by hyphens: « Škoda Transportation » is skoda-transportation. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Every occurrence of the names in the text, longest first, on word boundaries, where the gazetteer names nothing. */
    private static List<Mention> occurrences(String text, Map<String, Actor> bySpelling, List<Mention> listed) {
        String t = MentionFinder.normalize(text);
        List<Mention> out = new ArrayList<>();
        List<String> spellings = new ArrayList<>(bySpelling.keySet());
        spellings.sort(Comparator.comparingInt(String::length).reversed());
        for (String s : spellings) {
            Matcher m = spelling(s).matcher(t);
            while (m.find()) {
                int b = m.start();
                int e = m.end();
                if (listed.stream().noneMatch(x -> x.begin() < e && x.end() > b) && out.stream().noneMatch(x -> x.begin() < e && x.end() > b)) {
                    out.add(new Mention(b, e, text.substring(b, e), bySpelling.get(s), NameForm.name));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /** A spelling of a name, as its occurrences are found: on word boundaries, any blanks between its words. */
    private static Pattern spelling(String s) {
        String words = String.join(BLANKS, List.of(MentionFinder.normalize(s).split(" ")).stream().map(Pattern::quote).toList());
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])");
    }

    /**
     * Where a spelling of a name occurs in the text ({start, end} pairs), where {@link #find} may lay a mention of it:
     * the parse gate's question, a name found in one sentence being an actor wherever it occurs.
     */
    public static List<int[]> occurrences(String text, String spelling) {
        List<int[]> out = new ArrayList<>();
        Matcher m = spelling(spelling).matcher(MentionFinder.normalize(text));
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
