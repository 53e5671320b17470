package app.attune.scenarios.format;

import static app.attune.scenarios.testing.ScenarioTexts.MINIMAL;
import static app.attune.scenarios.testing.ScenarioTexts.check;
import static app.attune.scenarios.testing.ScenarioTexts.replace;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SituationPrecedenceTest {

    /** The minimal scenario plus situations that compete for the same moments. */
    private static final PersonaScript SCRIPT = check(replace(MINIMAL, "  - when: {}\n", """
                      - when: {after: repair}
                        lines:
                          - say: "Repair line."
                            cue: c
                      - when: {layer: 2, band: open, after: explore}
                        lines:
                          - say: "Layer two open explore."
                            cue: c
                      - when: {layer: 2-4, after: explore}
                        lines:
                          - say: "Deep explore."
                            cue: c
                      - when: {band: activated}
                        lines:
                          - say: "Activated."
                            cue: c
                      - when: {layer: 3}
                        lines:
                          - say: "Layer three a."
                            cue: c
                      - when: {layer: 3-3, band: guarded}
                        lines:
                          - say: "Layer three guarded."
                            cue: c
                      - when: {}
                    """))
            .scenario()
            .orElseThrow()
            .script();

    private static List<String> texts(int layer, Band band, Move move) {
        return SCRIPT.replies(layer, band, move).stream().map(PersonaLine::text).toList();
    }

    @Test
    void a_single_named_move_wins_over_a_more_detailed_situation() {
        assertThat(texts(2, Band.OPEN, Move.REPAIR)).containsExactly("Repair line.");
    }

    @Test
    void a_band_wins_over_a_move_group_and_a_layer() {
        assertThat(texts(3, Band.ACTIVATED, Move.EMOTIVE)).containsExactly("Activated.");
    }

    @Test
    void with_band_and_group_equal_the_narrower_layer_range_wins() {
        assertThat(texts(2, Band.OPEN, Move.EMOTIVE)).containsExactly("Layer two open explore.");
        assertThat(texts(3, Band.OPEN, Move.EMOTIVE)).containsExactly("Deep explore.");
    }

    @Test
    void a_layer_alone_is_weaker_than_a_band_and_a_push_falls_to_the_push_lines() {
        assertThat(texts(3, Band.GUARDED, Move.NEUTRAL)).containsExactly("Layer three guarded.");
        assertThat(texts(3, Band.OPEN, Move.NEUTRAL)).containsExactly("Layer three a.");
        assertThat(texts(3, Band.GUARDED, Move.ADVISE))
                .containsExactly("Push reply one.", "Push reply two.", "Push reply three.");
    }

    @Test
    void the_catch_all_speaks_when_nothing_else_matches() {
        assertThat(texts(0, Band.OPEN, Move.NEUTRAL))
                .containsExactly("Any one.", "Any two.", "Any three.", "Any four.");
    }
}
