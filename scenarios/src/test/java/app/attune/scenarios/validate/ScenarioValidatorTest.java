package app.attune.scenarios.validate;

import static app.attune.scenarios.testing.ScenarioTexts.FILE;
import static app.attune.scenarios.testing.ScenarioTexts.MINIMAL;
import static app.attune.scenarios.testing.ScenarioTexts.check;
import static app.attune.scenarios.testing.ScenarioTexts.lineOf;
import static app.attune.scenarios.testing.ScenarioTexts.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScenarioValidatorTest {

    private static Problem onlyProblem(String text) {
        Checked checked = check(text);
        assertThat(checked.scenario()).isEmpty();
        assertThat(checked.problems()).hasSize(1);
        Problem p = checked.problems().get(0);
        assertThat(p.file()).isEqualTo(FILE);
        return p;
    }

    @Test
    void a_complete_file_is_valid_and_keeps_its_metadata() {
        Checked checked = check(MINIMAL);
        assertThat(checked.problems()).isEmpty();
        var s = checked.scenario().orElseThrow();
        assertThat(s.id()).isEqualTo("avoidant-test-case");
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.persona().name()).isEqualTo("Test Person");
        assertThat(s.story().layer(3)).isEqualTo("Learned to carry it alone.");
        assertThat(s.script().size()).isEqualTo(2 + 4 + 8 + 3 + 2 + 4);
        assertThat(s.script().line("any.any.push#2").orElseThrow().text()).isEqualTo("Push reply two.");
    }

    @Test
    void a_yaml_syntax_error_names_its_line() {
        String broken = replace(MINIMAL, "title: A small test scenario", "title: [unclosed");
        Problem p = check(broken).problems().get(0);
        assertThat(p.message()).startsWith("YAML syntax error");
        assertThat(p.line()).isBetween(lineOf(broken, "[unclosed"), lineOf(broken, "[unclosed") + 1);
    }

    @Test
    void a_bad_indentation_is_a_syntax_error_on_its_line() {
        String broken = replace(MINIMAL, "  role: Head of Testing", "    role: Head of Testing");
        Problem p = onlyProblem(broken);
        assertThat(p.message()).startsWith("YAML syntax error");
        assertThat(p.line()).isEqualTo(lineOf(broken, "role: Head of Testing"));
    }

    @Test
    void an_unknown_key_is_named_with_its_line() {
        String broken = replace(MINIMAL, "goal: Reach", "mood: sunny\ngoal: Reach");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "mood: sunny"));
        assertThat(p.message()).contains("unknown key 'mood'");
    }

    @Test
    void an_unknown_key_inside_a_line_is_caught() {
        String broken = replace(MINIMAL, "    cue: nods", "    cue: nods\n    mood: happy");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "mood: happy"));
        assertThat(p.message()).contains("unknown key 'mood'");
    }

    @Test
    void a_missing_story_layer_is_reported_at_the_story() {
        String broken = replace(MINIMAL, "  pattern: Learned to carry it alone.\n", "");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "surface: The tests are slow."));
        assertThat(p.message()).contains("story is missing layer 3 'pattern'");
    }

    @Test
    void a_missing_required_key_is_reported() {
        String broken = replace(MINIMAL, "brief: Talk with the test person.\n", "");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("missing key 'brief'");
    }

    @Test
    void a_bad_style_is_named_with_its_line() {
        String broken = replace(MINIMAL, "style: avoidant", "style: avoidantt");
        List<Problem> problems = check(broken).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(lineOf(broken, "style: avoidantt"));
        assertThat(problems.get(0).message()).contains("bad style 'avoidantt'");
    }

    @Test
    void a_difficulty_outside_one_to_three_is_rejected() {
        String broken = replace(MINIMAL, "difficulty: 2", "difficulty: 4");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "difficulty: 4"));
        assertThat(p.message()).contains("difficulty must be 1..3");
    }

    @Test
    void a_version_that_is_not_a_number_is_rejected() {
        String broken = replace(MINIMAL, "version: 1", "version: one");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "version: one"));
        assertThat(p.message()).contains("version must be a whole number");
    }

    @Test
    void an_unknown_setting_is_rejected() {
        String broken = replace(MINIMAL, "setting: corporate", "setting: moon base");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "setting: moon base"));
        assertThat(p.message()).contains("unknown setting");
    }

    @Test
    void an_id_that_does_not_match_the_file_name_is_rejected() {
        String broken = replace(MINIMAL, "id: avoidant-test-case", "id: avoidant-other-case");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("does not match the file name");
    }

    @Test
    void an_id_that_does_not_start_with_the_style_is_rejected() {
        String broken = replace(MINIMAL, "style: avoidant", "style: secure");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("must start with the style, 'secure-'");
    }

    @Test
    void a_duplicate_id_rejects_the_second_file_only() {
        List<Checked> results = ScenarioValidator.checkAll(
                List.of(new SourceText("a/" + FILE, MINIMAL), new SourceText("b/" + FILE, MINIMAL)));
        assertThat(results.get(0).ok()).isTrue();
        assertThat(results.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b/" + FILE);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message())
                    .contains("duplicate id 'avoidant-test-case'")
                    .contains("a/" + FILE);
        });
    }

    @Test
    void a_situation_with_no_lines_is_rejected() {
        String broken = replace(
                MINIMAL,
                "  - when: {layer: 0-1, band: guarded, after: emotive}\n    lines:\n",
                "  - when: {layer: 0-1, band: guarded, after: emotive}\n    lines: []\n  - when: {band: open}\n    lines:\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "lines: []"));
        assertThat(p.message()).contains("situation L0-1.guarded.emotive has no lines");
    }

    @Test
    void an_empty_lines_key_is_a_situation_with_no_lines() {
        String broken = replace(
                MINIMAL,
                "  - when: {}\n    lines:\n",
                "  - when: {band: open}\n    lines:\n  - when: {}\n    lines:\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "when: {band: open}") + 1);
        assertThat(p.message()).contains("situation any.open.any has no lines");
    }

    @Test
    void a_layer_without_reveal_lines_is_unreachable() {
        String broken = replace(
                MINIMAL,
                "  3:\n    - say: \"Reveal three a.\"\n      cue: quiet\n    - say: \"Reveal three b.\"\n      cue: quiet\n",
                "");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "reveal:") + 1);
        assertThat(p.message()).contains("no lines for layer 3").contains("unreachable");
    }

    @Test
    void tuning_that_puts_a_layer_out_of_reach_is_rejected() {
        String broken =
                replace(MINIMAL, "opening:\n", "tuning:\n  layers:\n    4: {safety: 101, turns: 2}\nopening:\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "4: {safety: 101"));
        assertThat(p.message()).contains("tuning.layers.4.safety must be 0..100");
    }

    @Test
    void tuning_that_needs_more_turns_than_the_conversation_has_makes_a_layer_unreachable() {
        String broken = replace(
                MINIMAL,
                "opening:\n",
                "tuning:\n  max-turns: 10\n  layers:\n    4: {safety: 80, turns: 5}\nopening:\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "4: {safety: 80"));
        assertThat(p.message()).contains("layer 4").contains("unreachable");
    }

    @Test
    void thresholds_that_fall_with_the_layer_are_rejected() {
        String broken = replace(MINIMAL, "opening:\n", "tuning:\n  layers:\n    3: {safety: 30, turns: 2}\nopening:\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "3: {safety: 30"));
        assertThat(p.message()).contains("thresholds must rise");
    }

    @Test
    void a_rupture_that_could_never_open_before_the_curt_close_is_rejected() {
        String broken =
                replace(MINIMAL, "opening:\n", "tuning:\n  rupture-after: 5\n  close-curt-after: 3\nopening:\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "rupture-after: 5"));
        assertThat(p.message()).contains("rupture-after (5)").contains("close-curt-after (3)");
    }

    @Test
    void an_unknown_tuning_key_is_rejected() {
        String broken = replace(MINIMAL, "opening:\n", "tuning:\n  patience: 3\nopening:\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "patience: 3"));
        assertThat(p.message()).contains("unknown key 'patience' in tuning");
    }

    @Test
    void an_unknown_band_or_move_in_a_situation_is_rejected() {
        String broken = replace(MINIMAL, "{after: push}", "{band: calm, after: push}");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "band: calm"));
        assertThat(p.message()).contains("unknown band 'calm'");

        String broken2 = replace(MINIMAL, "{after: push}", "{after: shove}");
        Problem p2 = onlyProblem(broken2);
        assertThat(p2.message()).contains("unknown move 'shove'");
    }

    @Test
    void a_layer_outside_zero_to_four_is_rejected() {
        String broken = replace(MINIMAL, "layer: 0-1", "layer: 0-5");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "layer: 0-5"));
        assertThat(p.message()).contains("bad layer '0-5'");
    }

    @Test
    void two_situations_with_the_same_when_are_rejected() {
        String broken = replace(
                MINIMAL,
                "  - when: {}\n",
                "  - when: {after: push}\n    lines:\n      - say: \"x\"\n        cue: y\n  - when: {}\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "say: \"x\"") - 2);
        assertThat(p.message()).contains("duplicate situation 'any.any.push'");
    }

    @Test
    void two_situations_for_the_same_moment_spelled_differently_are_rejected() {
        String broken = replace(
                MINIMAL,
                "  - when: {}\n",
                "  - when: {after: [advise, confront, reassure, deflect]}\n    lines:\n      - say: \"x\"\n        cue: y\n"
                        + "  - when: {}\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "say: \"x\"") - 2);
        assertThat(p.message()).contains("duplicate situation 'any.any.advise+confront+reassure+deflect'");
    }

    @Test
    void a_situation_that_always_loses_to_more_specific_ones_is_rejected() {
        String broken = replace(
                MINIMAL,
                "  - when: {}\n",
                "  - when: {after: [advise, confront]}\n    lines:\n      - say: \"hidden\"\n        cue: y\n"
                        + "  - when: {after: advise}\n    lines:\n      - say: \"a\"\n        cue: y\n"
                        + "  - when: {after: confront}\n    lines:\n      - say: \"c\"\n        cue: y\n"
                        + "  - when: {}\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "say: \"hidden\"") - 2);
        assertThat(p.message()).contains("situation any.any.advise+confront never speaks");
    }

    @Test
    void a_moment_no_situation_covers_is_named() {
        String broken = replace(MINIMAL, "  - when: {}\n", "  - when: {band: [guarded, open]}\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "situations:") + 1);
        assertThat(p.message()).contains("no situation covers layer 0, band activated, after emotive");
    }

    @Test
    void a_line_without_a_cue_is_rejected() {
        String broken = replace(MINIMAL, "  - say: \"Opening two.\"\n    cue: nods\n", "  - say: \"Opening two.\"\n");
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "Opening two."));
        assertThat(p.message()).contains("missing key 'cue'");
    }

    @Test
    void an_over_long_line_is_rejected() {
        String broken = replace(MINIMAL, "Opening one.", "x".repeat(401));
        Problem p = onlyProblem(broken);
        assertThat(p.line()).isEqualTo(lineOf(broken, "xxxx"));
        assertThat(p.message()).contains("401 characters");
    }

    @Test
    void an_empty_file_and_a_file_that_is_not_a_mapping_are_rejected() {
        assertThat(onlyProblem("").message()).contains("empty");
        Problem p = onlyProblem("# comment\n- just\n- a list\n");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("must be a mapping");
    }

    @Test
    void several_problems_in_one_file_are_all_reported_in_line_order() {
        String broken =
                replace(replace(MINIMAL, "difficulty: 2", "difficulty: 9"), "goal: Reach", "mood: x\ngoal: Reach");
        List<Problem> problems = check(broken).problems();
        assertThat(problems)
                .extracting(Problem::line)
                .containsExactly(lineOf(broken, "difficulty: 9"), lineOf(broken, "mood: x"));
    }

    @Test
    void a_problem_prints_as_file_line_message() {
        assertThat(new Problem("x.yaml", 7, "bad thing").toString()).isEqualTo("x.yaml:7: bad thing");
    }
}
