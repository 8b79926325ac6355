package org.credpath;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.credpath.stacking.engine.AuditResult;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.stacking.engine.StackingAudit;
import org.credpath.stacking.engine.TermScheduler;
import org.credpath.stacking.engine.UnsatisfiableTargetException;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Package by feature: modules free of cycles, controllers private to their module, the model free of frameworks; the
 * floor: {@code recommend} and {@code stacking} stand on the kernel ({@code catalog.snapshot}) and the shared solver and
 * graph helpers, and not on each other's internals.
 */
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

    /**
     * Where recommend uses stacking's answer, and only there: entry rules checked by the audit ({@link StackingAudit},
     * {@link AuditResult}), routes toward a credential with stacking rules are its plan ({@link CompletionPlanner},
     * {@link PlanOptions}, {@link CompletionPlan}, whose {@link UnsatisfiableTargetException} a route passes on), and terms
     * are scheduled the plans' way ({@link TermScheduler}).
     */
    private static final Class<?>[] STACKING_ANSWERS = {StackingAudit.class, AuditResult.class, CompletionPlanner.class,
            PlanOptions.class, CompletionPlan.class, UnsatisfiableTargetException.class, TermScheduler.class};

    @Test
    void recommendUsesStackingOnlyForItsAnswers() {
        noClasses().that().resideInAPackage("org.credpath.recommend..")
                .should().dependOnClassesThat(resideInAPackage("org.credpath.stacking..").and(not(belongToAnyOf(STACKING_ANSWERS))))
                .check(CLASSES);
    }

    @Test
    void stackingDoesNotDependOnRecommend() {
        noClasses().that().resideInAPackage("org.credpath.stacking..")
                .should().dependOnClassesThat().resideInAPackage("org.credpath.recommend..").check(CLASSES);
    }

    @Test
    void theKernelDependsOnNeitherEngine() {
        noClasses().that().resideInAPackage("org.credpath.catalog.snapshot..")
                .should().dependOnClassesThat().resideInAnyPackage("org.credpath.stacking..", "org.credpath.recommend..",
                        "org.credpath.solver..")
                .check(CLASSES);
    }

    @Test
    void solverAndGraphHelpersStandOnNothingOfTheProject() {
        noClasses().that().resideInAnyPackage("org.credpath.solver..", "org.credpath.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.credpath.catalog..", "org.credpath.stacking..",
                        "org.credpath.recommend..", "org.springframework..", "org.neo4j..")
                .check(CLASSES);
    }

    /** One strongly-connected-components helper ({@code graph.Circles}) answers every cycle question of the project. */
    @Test
    void onlyTheGraphHelperFindsStronglyConnectedComponents() {
        noClasses().that().resideOutsideOfPackage("org.credpath.graph..")
                .should().dependOnClassesThat().resideInAPackage("org.jgrapht.alg.connectivity..").check(CLASSES);
    }

    @Test
    void enginesAreFrameworkFree() {
        noClasses().that().resideInAnyPackage("org.credpath.stacking.engine..", "org.credpath.recommend.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..")
                .check(CLASSES);
    }
}
