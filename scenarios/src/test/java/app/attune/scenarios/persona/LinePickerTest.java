package app.attune.scenarios.persona;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.scenarios.format.PersonaLine;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LinePickerTest {

    private static final PersonaLine A = line("pool#1");
    private static final PersonaLine B = line("pool#2");
    private static final PersonaLine C = line("pool#3");
    private static final PersonaLine WIDER = line("wider#1");
    private static final PersonaLine WIDEST = line("widest#1");

    private static PersonaLine line(String id) {
        return new PersonaLine(id, "text of " + id, "cue");
    }

    @Test
    void an_unsaid_line_of_the_pool_comes_first() {
        UsedLines used = new UsedLines(List.of("opening#1", "pool#1", "pool#2"));
        assertThat(LinePicker.pick(List.of(A, B, C), List.of(WIDER), 1, 5, used))
                .isEqualTo(C);
    }

    @Test
    void a_spent_pool_borrows_the_most_specific_unsaid_line_that_still_fits() {
        UsedLines used = new UsedLines(List.of("opening#1", "pool#1", "pool#2", "pool#3"));
        assertThat(LinePicker.pick(List.of(A, B, C), List.of(WIDER, WIDEST), 1, 5, used))
                .isEqualTo(WIDER);
        used.add("wider#1");
        assertThat(LinePicker.pick(List.of(A, B, C), List.of(WIDER, WIDEST), 1, 6, used))
                .isEqualTo(WIDEST);
    }

    @Test
    void when_everything_fitting_was_said_the_line_said_longest_ago_comes_back() {
        UsedLines used = new UsedLines(List.of("opening#1", "pool#2", "pool#3", "pool#1", "wider#1"));
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(LinePicker.pick(List.of(A, B, C), List.of(WIDER), seed, 9, used))
                    .isEqualTo(B);
        }
    }

    @Test
    void the_choice_among_unsaid_lines_depends_only_on_seed_and_turn() {
        UsedLines used = new UsedLines(List.of("opening#1"));
        PersonaLine first = LinePicker.pick(List.of(A, B, C), List.of(), 11, 4, used);
        for (int i = 0; i < 5; i++) {
            assertThat(LinePicker.pick(List.of(A, B, C), List.of(), 11, 4, used))
                    .isEqualTo(first);
        }
    }
}
