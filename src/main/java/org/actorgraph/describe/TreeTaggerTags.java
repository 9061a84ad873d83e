package org.actorgraph.describe;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.actorgraph.nlp.Morph;

/**
 * HeidelTime's French rules test TreeTagger's French tag set: NOM and NUM in their part-of-speech constraints, and
 * the verb's tense (VER:futu for the future; VER:pper, VER:impf, VER:simp for the past; VER:pres) to decide whether
 * « en mai » is last May or next May. CoreNLP gives Universal POS tags; the tense comes from the morphology the
 * annotate stage already read from the French dictionary ({@link Morph}). No TreeTagger is run.
 */
final class TreeTaggerTags {
    private TreeTaggerTags() {}

    /** One tag per token, in order. */
    static String[] of(List<CoreLabel> tokens) {
        String[] out = new String[tokens.size()];
        String auxTense = null;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String upos = t.tag() == null ? "" : t.tag();
            out[i] = category(upos, i == tokens.size() - 1, t.get(Morph.Key.class));
            // HeidelTime takes the tense of the verb nearest before the expression, and in French the participle
            // comes last: « seront livrés en mai » is future, so a participle after a future auxiliary (or after a
            // conditional « être »: « seraient livrés en octobre ») takes the auxiliary's tense, not the past.
            if ("AUX".equals(upos)) {
                Morph m = t.get(Morph.Key.class);
                boolean etre = m != null && "être".equals(m.lemma());
                auxTense = out[i].equals("VER:futu") || (etre && m.conditional()) ? out[i] : null;
            } else if (out[i].equals("VER:pper") && auxTense != null) {
                out[i] = auxTense;
            }
            if (upos.equals("PUNCT") || upos.equals("SCONJ") || upos.equals("CCONJ")) {
                auxTense = null;
            }
        }
        return out;
    }

    private static String category(String upos, boolean last, Morph m) {
        return switch (upos) {
            case "NOUN" -> "NOM";
            case "PROPN" -> "NAM";
            case "NUM" -> "NUM";
            case "ADJ" -> "ADJ";
            case "ADV", "PART" -> "ADV";
            case "ADP" -> "PRP";
            case "DET" -> "DET:ART";
            case "PRON" -> "PRO:PER";
            case "CCONJ", "SCONJ" -> "KON";
            case "INTJ" -> "INT";
            case "SYM" -> "SYM";
            case "PUNCT" -> last ? "SENT" : "PUN";
            case "VERB", "AUX" -> "VER:" + tense(m);
            default -> "ABR";
        };
    }

    /**
     * TreeTagger's verb sub-tag. A conditional is read as a present, which HeidelTime takes as "present or future"
     * (« seraient livrés en octobre » is the coming October): its French rules know no conditional, and they count
     * VER:futu as future only on a word with a future ending (« livreront »), which a conditional lacks.
     */
    private static String tense(Morph m) {
        if (m == null) {
            return "pres";
        }
        if (m.pastParticiple()) {
            return "pper";
        }
        if (m.presentParticiple()) {
            return "ppre";
        }
        if (m.infinitive()) {
            return "infi";
        }
        if (m.conditional()) {
            return "pres";
        }
        if (m.future()) {
            return "futu";
        }
        if (m.imperfect()) {
            return "impf";
        }
        if (m.simplePast()) {
            return "simp";
        }
        return "pres";
    }
}
