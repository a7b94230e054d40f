package org.permeate.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of the core library, as a test (STYLE.md habit 10): each layer may use
 * only the layers below it. Layers not built yet are declared already, so the direction is fixed
 * before the code arrives.
 */
class LayerDependencyTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.permeate");

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .optionalLayer("Errors").definedBy("org.permeate.errors..")
                .optionalLayer("Measure").definedBy("org.permeate.measure..")
                .optionalLayer("Solver").definedBy("org.permeate.solver..")
                .optionalLayer("Properties").definedBy("org.permeate.properties..")
                .optionalLayer("Chemistry").definedBy("org.permeate.chemistry..")
                .optionalLayer("Transport").definedBy("org.permeate.transport..")
                .optionalLayer("Element").definedBy("org.permeate.element..")
                .optionalLayer("UnitOps").definedBy("org.permeate.unitops..")
                .optionalLayer("Flowsheet").definedBy("org.permeate.flowsheet..")
                .optionalLayer("Design").definedBy("org.permeate.design..", "org.permeate.costing..")
                .optionalLayer("Api").definedBy("org.permeate.api..")
                .optionalLayer("Lab").definedBy("org.permeate.lab..")
                .whereLayer("Lab").mayOnlyBeAccessedByLayers("Api")
                .whereLayer("Api").mayNotBeAccessedByAnyLayer()
                .whereLayer("Design").mayOnlyBeAccessedByLayers("Api")
                .whereLayer("Flowsheet").mayOnlyBeAccessedByLayers("Design", "Api")
                .whereLayer("UnitOps").mayOnlyBeAccessedByLayers("Flowsheet", "Design", "Api")
                .whereLayer("Element").mayOnlyBeAccessedByLayers("UnitOps", "Flowsheet", "Design", "Api")
                .whereLayer("Transport").mayOnlyBeAccessedByLayers("Lab", "Element", "UnitOps", "Flowsheet", "Design", "Api")
                .whereLayer("Chemistry").mayOnlyBeAccessedByLayers("Lab", "Transport", "Element", "UnitOps", "Flowsheet",
                        "Design", "Api")
                .whereLayer("Properties").mayOnlyBeAccessedByLayers("Lab", "Chemistry", "Transport", "Element", "UnitOps",
                        "Flowsheet", "Design", "Api")
                .whereLayer("Solver").mayOnlyBeAccessedByLayers("Lab", "Properties", "Chemistry", "Transport", "Element",
                        "UnitOps", "Flowsheet", "Design", "Api")
                .whereLayer("Measure").mayOnlyBeAccessedByLayers("Lab", "Properties", "Chemistry", "Transport", "Element",
                        "UnitOps", "Flowsheet", "Design", "Api")
                .check(CORE);
    }

    @Test
    void theSolverKnowsNothingAboutWater() {
        noClasses().that().resideInAPackage("org.permeate.solver..")
                .should().dependOnClassesThat().resideInAnyPackage("org.permeate.properties..", "org.permeate.measure..")
                .check(CORE);
    }

    @Test
    void theCoreUsesNoFrontEndOrFileFormatLibrary() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.permeate.io..", "org.permeate.cli..", "picocli..", "com.fasterxml..",
                        "org.yaml..")
                .check(CORE);
    }
}
