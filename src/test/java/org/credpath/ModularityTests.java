package org.credpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Package by feature: modules free of cycles, controllers private to their module, the model free of frameworks. */
class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.credpath");

    @Test
    void modulesDoNotDependOnEachOtherInACycle() {
        slices().matching("org.credpath.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void catalogModelAndFormatAreFrameworkFree() {
        noClasses().that().resideInAnyPackage("org.credpath.catalog.model..", "org.credpath.catalog.format..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
                .check(CLASSES);
    }
}
