package org.actorgraph.testsupport;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.international.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.nlp.Morph;
import org.actorgraph.nlp.Syntax;

/**
 * Dependency graphs written by hand for tests that need no model: one token a line, "INDEX WORD UPOS HEAD DEPREL
 * [LEMMA FEATURES [VERB-LEMMA VERB-FEATURES]]", features comma-separated as the lemmatizer gives them ("m,p",
 * "f,s,ppa"); the last two give a noun's reading as a finite verb ("arme" as "armer", "ind,pres,3,s").
 */
public final class Conll {
    private Conll() {}

    /** The dictionary's tags that the features allow ("ind pres" for 3,ind,pres,s), which tense checks read. */
    private static Set<String> readings(Set<String> features) {
        Set<String> out = new HashSet<>();
        for (String mood : List.of("ind", "sub", "con")) {
            for (String tense : List.of("pres", "impa", "futu", "psim")) {
                if (features.contains(mood) && features.contains(tense)) {
                    out.add(mood + " " + tense);
                }
            }
        }
        return out;
    }

    public static SemanticGraph parse(String text) {
        return parse(text, 0);
    }

    /** The graph of the document's sentence at this 0-based index (its words' sentence index). */
    public static SemanticGraph parse(String text, int sentenceIndex) {
        SemanticGraph g = new SemanticGraph();
        List<String[]> rows = new ArrayList<>();
        List<IndexedWord> words = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            CoreLabel label = new CoreLabel();
            label.setWord(f[1]);
            label.setValue(f[1]);
            label.setOriginalText(f[1]);
            label.setIndex(Integer.parseInt(f[0]));
            label.setSentIndex(sentenceIndex);
            label.setTag(f[2]);
            if (f.length > 6) {
                Set<String> features = new HashSet<>(Arrays.asList(f[6].split(",")));
                char category = f[2].equals("VERB") ? 'V' : f[2].equals("ADJ") ? 'J' : 'N';
                Morph verb = f.length > 8 ? new Morph(f[7], 'V', new HashSet<>(Arrays.asList(f[8].split(","))), Set.of(), null, null)
                        : null;
                label.set(Morph.Key.class, new Morph(f[5], category, features, readings(features), verb, null));
                label.setLemma(f[5]);
            }
            IndexedWord w = new IndexedWord(label);
            g.addVertex(w);
            words.add(w);
            rows.add(f);
        }
        for (int i = 0; i < rows.size(); i++) {
            int head = Integer.parseInt(rows.get(i)[3]);
            if (head == 0) {
                g.setRoot(words.get(i));
            } else {
                g.addEdge(words.get(head - 1), words.get(i),
                        GrammaticalRelation.valueOf(Language.UniversalEnglish, rows.get(i)[4]), 1.0, false);
            }
        }
        return g;
    }

    /** "word<-rel-head" for the node with this word, for assertions. */
    public static String attachment(SemanticGraph g, String word) {
        IndexedWord w = g.vertexListSorted().stream().filter(x -> x.word().equals(word)).findFirst().orElseThrow();
        var in = Syntax.parentEdge(g, w);
        return in == null ? word + "<-root" : word + "<-" + in.getRelation() + "-" + in.getGovernor().word();
    }
}
