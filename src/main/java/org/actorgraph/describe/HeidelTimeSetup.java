package org.actorgraph.describe;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RePatternManager;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What HeidelTime 2.2.1 needs before its annotator runs in our JVM, and the two gaps of its French rules we patch.
 * HeidelTime reads a global configuration (conf/config.props, and it calls System.exit when the file is missing):
 * the properties are set in code instead. Its rules are read once per JVM into singletons that are not thread-safe
 * while they are being built, and its annotator's initialisation sets the JVM's default locale: so annotators are
 * made one at a time ({@link #create}), the caller's locale put back each time.
 */
final class HeidelTimeSetup {
    private static boolean configured;

    private HeidelTimeSetup() {}

    /** Runs HeidelTime's initialisation (or anything that may load its rules) alone, keeping the JVM's locale. */
    static synchronized <T> T create(Supplier<T> init) {
        if (!configured) {
            configure();
        }
        Locale before = Locale.getDefault();
        Locale.Category[] cats = Locale.Category.values();
        Locale[] beforeCat = new Locale[cats.length];
        for (int i = 0; i < cats.length; i++) {
            beforeCat[i] = Locale.getDefault(cats[i]);
        }
        try {
            T made = init.get();
            if (!configured) {
                patchFrenchRules();
                configured = true;
            }
            return made;
        } finally {
            // HeidelTime.initialize() calls Locale.setDefault(Locale.UK) for the whole JVM.
            Locale.setDefault(before);
            for (int i = 0; i < cats.length; i++) {
                Locale.setDefault(cats[i], beforeCat[i]);
            }
        }
    }

    private static void configure() {
        if (Config.isInitialized()) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("considerDate", "true");
        p.setProperty("considerDuration", "true");
        p.setProperty("considerSet", "false");
        p.setProperty("considerTime", "false");
        p.setProperty("considerTemponym", "false");
        p.setProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
        p.setProperty("typeSystemHome_DKPro", "desc/type/DKPro_TypeSystem.xml");
        p.setProperty("uimaVarDate", "Date");
        p.setProperty("uimaVarDuration", "Duration");
        p.setProperty("uimaVarLanguage", "Language");
        p.setProperty("uimaVarSet", "Set");
        p.setProperty("uimaVarTime", "Time");
        p.setProperty("uimaVarTemponym", "Temponym");
        p.setProperty("uimaVarTypeToProcess", "Type");
        Config.setProps(p);
    }

    /**
     * The French rules' maps are HeidelTime's own mutable HashMaps, read at every document: patched once, after
     * they are loaded and before any annotator tags (so no thread reads them while they change).
     * <ol>
     * <li>« il y a trois ans » was normalised to "2024-MINUS-trois": rule date_r19b put the number word itself into
     * the value; it now goes through the rules' own word-to-number table (normDurationNumber), as date_r19c does for
     * digits.</li>
     * <li>« le mois dernier », « la semaine prochaine » had no rule (only « l'an dernier », « l'année
     * prochaine »): one rule in the form of date_r12c, with the same normalisations.</li>
     * </ol>
     */
    private static void patchFrenchRules() {
        RuleManager rules = RuleManager.getInstance(Language.FRENCH, false);
        RePatternManager patterns = RePatternManager.getInstance(Language.FRENCH, false);
        rules.getHmDateNormalization().put("date_r19b",
                "UNDEF-this-%normUnit(group(7))-MINUS-%normDurationNumber(group(4))");
        addDateRule(rules, patterns, "date_r12e_actorgraph", "([Ll]e |[Ll]a )(mois|semaine) %reThisNextLast",
                "UNDEF-%normThisNextLast(group(3))-%normUnit(group(2))");
    }

    /** Adds a date rule the way RuleManager.readRules compiles one: %reName replaced by its pattern, spaces by \s+. */
    private static void addDateRule(RuleManager rules, RePatternManager patterns, String name, String extraction,
            String normalisation) {
        Matcher m = Pattern.compile("%(re[a-zA-Z0-9]*)").matcher(extraction);
        String regex = extraction;
        while (m.find()) {
            regex = regex.replaceAll("%" + m.group(1), patterns.get(m.group(1)));
        }
        rules.getHmDatePattern().put(Pattern.compile(regex.replaceAll(" ", "[\\\\s]+")), name);
        rules.getHmDateNormalization().put(name, normalisation);
    }
}
