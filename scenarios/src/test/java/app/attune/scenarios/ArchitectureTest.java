package app.attune.scenarios;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.attune.scenarios");

    @Test
    void the_scenarios_module_uses_no_framework_database_or_ui() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "io.micronaut..", "java.sql..", "jakarta..", "javax..")
                .check(CLASSES);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("app.attune.scenarios.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void the_model_depends_on_nothing_else_in_the_module() {
        noClasses()
                .that()
                .resideInAPackage("app.attune.scenarios.format..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "app.attune.scenarios.persona..",
                        "app.attune.scenarios.validate..",
                        "app.attune.scenarios.library..",
                        "app.attune.scenarios.cli..")
                .check(CLASSES);
    }

    @Test
    void only_the_command_line_writes_json() {
        noClasses()
                .that()
                .resideOutsideOfPackage("app.attune.scenarios.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.fasterxml.jackson..")
                .check(CLASSES);
    }
}
