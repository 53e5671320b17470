package app.attune.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module graph is the architecture: grading <- scenarios <- core <- web-ui, and the finer rules. */
class ArchitectureTest {
    private static final JavaClasses ATTUNE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the core test fixtures arrive as a jar, which the predefined option does not recognise
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("app.attune");

    @Test
    void grading_is_plain_java_and_depends_on_no_other_module() {
        noClasses()
                .that()
                .resideInAPackage("app.attune.grading..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "app.attune.scenarios..",
                        "app.attune.core..",
                        "app.attune.web..",
                        "com.vaadin..",
                        "io.micronaut..",
                        "java.sql..",
                        "javax.sql..")
                .check(ATTUNE);
    }

    @Test
    void scenarios_depend_only_on_grading() {
        noClasses()
                .that()
                .resideInAPackage("app.attune.scenarios..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "app.attune.core..", "app.attune.web..", "com.vaadin..", "java.sql..", "javax.sql..")
                .check(ATTUNE);
    }

    @Test
    void core_knows_nothing_of_the_user_interface() {
        noClasses()
                .that()
                .resideInAPackage("app.attune.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("app.attune.web..", "com.vaadin..", "org.eclipse.jetty..")
                .check(ATTUNE);
    }

    @Test
    void jdbc_is_used_only_inside_core() {
        noClasses()
                .that()
                .resideOutsideOfPackage("app.attune.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..")
                .check(ATTUNE);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses()
                .that()
                .resideInAPackage("app.attune.web..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(ATTUNE);
    }

    @Test
    void feature_packages_inside_a_module_have_no_cycles() {
        slices().matching("app.attune.*.(*)..").should().beFreeOfCycles().check(ATTUNE);
    }
}
