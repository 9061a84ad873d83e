package org.actorgraph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packages are the stages of the pipeline: a stage never depends on one that depends on it (issue #15). */
class PackageDependenciesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.actorgraph");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.actorgraph.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void analysisStagesDoNotReachTheCommandLineOrTheStore() {
        noClasses().that().resideInAnyPackage("org.actorgraph.nlp..", "org.actorgraph.link..", "org.actorgraph.extract..",
                "org.actorgraph.describe..").should().dependOnClassesThat()
                .resideInAnyPackage("org.actorgraph.cli..", "org.actorgraph.store..", "org.actorgraph.pipeline..",
                        "org.actorgraph.serve..")
                .check(classes);
    }
}
