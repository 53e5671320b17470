package app.attune.scenarios.persona;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.scenarios.format.AttachmentStyle;
import app.attune.scenarios.format.Move;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Writers tune personas from the tables in the format doc, so the tables must be the code's numbers. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StyleDefaultsDocTest {

    private static String row(String name, Function<StyleRules, String> cell) {
        StringBuilder row = new StringBuilder("| " + name + " |");
        for (AttachmentStyle style : AttachmentStyle.values()) {
            row.append(' ').append(cell.apply(StyleRules.defaults(style))).append(" |");
        }
        return row.toString();
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? "−" + (-n) : "0";
    }

    @Test
    void the_style_tables_in_the_format_doc_match_the_default_rules() throws IOException {
        String doc = Files.readString(Path.of("../docs/scenario-format.md"), StandardCharsets.UTF_8);
        StringBuilder expected = new StringBuilder();
        expected.append(row("`start-safety` / `start-activation`", r -> r.startSafety() + " / " + r.startActivation()))
                .append('\n')
                .append(row("`open-at` / `activated-at`", r -> r.openAt() + " / " + r.activatedAt()))
                .append('\n');
        for (int layer = 1; layer <= 4; layer++) {
            int l = layer;
            expected.append(row(
                            layer == 1 ? "layer 1 `{safety, turns}`" : "layer " + layer,
                            r -> r.layer(l).safety() + ", " + r.layer(l).turns()))
                    .append('\n');
        }
        expected.append(row(
                        "`reveal-activation` (activation added when a layer opens)",
                        r -> String.valueOf(r.revealActivation())))
                .append('\n')
                .append(row("`rupture-after` / `close-curt-after`", r -> r.ruptureAfter() + " / " + r.closeCurtAfter()))
                .append('\n')
                .append(row("`close-warm-after` / `max-turns`", r -> r.closeWarmAfter() + " / " + r.maxTurns()))
                .append('\n')
                .append(row("`repair-bonus`", r -> String.valueOf(r.repairBonus())))
                .append('\n');
        StringBuilder effects = new StringBuilder();
        for (Move move : Move.values()) {
            effects.append(row("`" + move.id() + "`", r -> {
                        StyleRules.MoveEffect e = r.effect(move);
                        return signed(e.safety()) + ", " + signed(e.activation())
                                + (move.isPush() ? ", " + e.strain() : "");
                    }))
                    .append('\n');
        }
        assertThat(doc).contains(expected.toString());
        for (String line : effects.toString().split("\n")) {
            assertThat(doc).contains(line);
        }
    }
}
