package app.attune.scenarios.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.scenarios.format.AttachmentStyle;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.validate.Checked;
import app.attune.scenarios.validate.ScenarioValidator;
import app.attune.scenarios.validate.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BundledLibraryTest {

    /** The source folder writers add files to; tests run with the module folder as working directory. */
    static final Path SOURCE_FOLDER = Path.of("src/main/resources/scenarios");

    static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled();

    static Stream<Scenario> scenarios() {
        return LIBRARY.scenarios().stream();
    }

    @Test
    void every_bundled_file_is_valid() {
        assertThat(LIBRARY.problems()).isEmpty();
    }

    @Test
    void the_resource_index_lists_exactly_the_files_in_the_scenarios_folder() throws IOException {
        assertThat(ResourceIndex.bundledNames(getClass().getClassLoader()).orElseThrow())
                .containsExactlyElementsOf(ResourceIndex.scenarioFiles(SOURCE_FOLDER));
        assertThat(LIBRARY.scenarios())
                .hasSize(ResourceIndex.scenarioFiles(SOURCE_FOLDER).size());
    }

    @Test
    void the_library_covers_every_style_all_difficulties_and_several_settings() {
        assertThat(LIBRARY.scenarios().stream().map(Scenario::style).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AttachmentStyle.values());
        assertThat(LIBRARY.scenarios().stream().map(Scenario::difficulty).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3);
        assertThat(LIBRARY.scenarios().stream()
                        .map(Scenario::setting)
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void every_scenario_has_enough_lines_to_vary(Scenario scenario) {
        assertThat(scenario.script().size()).isGreaterThanOrEqualTo(80);
        for (int layer = 1; layer <= 4; layer++) {
            assertThat(scenario.script().reveal(layer)).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void every_scenario_file_is_named_after_its_id(Scenario scenario) {
        assertThat(scenario.source()).isEqualTo("scenarios/" + scenario.id() + ".yaml");
        assertThat(scenario.id()).startsWith(scenario.style().id() + "-");
    }

    @Test
    void the_annotated_example_in_the_format_doc_is_a_valid_scenario() throws IOException {
        Path doc = Path.of("../docs/scenario-format.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int start = text.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = text.substring(start, text.indexOf("```", start));
        Checked checked = ScenarioValidator.check(new SourceText("secure-ward-sister-example.yaml", yaml));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.scenario().orElseThrow().tuning().get("layers.3.safety"))
                .contains(50);
    }

    @Test
    void a_folder_adds_its_scenarios_and_its_problems_without_losing_the_bundled_ones(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("anxious-broken.yaml"), "id: anxious-broken\n  title: oops\nstyle: anxious\n");
        String copy = Files.readString(SOURCE_FOLDER.resolve("secure-startup-cto.yaml"))
                .replace("id: secure-startup-cto", "id: secure-startup-cto-copy");
        Files.writeString(dir.resolve("secure-startup-cto-copy.yaml"), copy);
        ScenarioLibrary library = ScenarioLibrary.load(Optional.of(dir));
        assertThat(library.find("secure-startup-cto-copy")).isPresent();
        assertThat(library.scenarios()).hasSize(LIBRARY.scenarios().size() + 1);
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("anxious-broken.yaml");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void a_folder_file_that_reuses_a_bundled_id_is_reported_as_a_duplicate(@TempDir Path dir) throws IOException {
        Files.copy(SOURCE_FOLDER.resolve("secure-startup-cto.yaml"), dir.resolve("secure-startup-cto.yaml"));
        ScenarioLibrary library = ScenarioLibrary.load(Optional.of(dir));
        assertThat(library.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("duplicate id 'secure-startup-cto'"));
        assertThat(library.scenarios()).hasSize(LIBRARY.scenarios().size());
    }

    @Test
    void scenarios_are_found_by_id() {
        List<String> ids = LIBRARY.scenarios().stream().map(Scenario::id).toList();
        assertThat(ids).contains("avoidant-ops-director");
        assertThat(LIBRARY.find("avoidant-ops-director").orElseThrow().persona().name())
                .isEqualTo("Martin Hale");
        assertThat(LIBRARY.find("no-such-scenario")).isEmpty();
    }
}
