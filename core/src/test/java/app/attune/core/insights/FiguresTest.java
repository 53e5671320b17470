package app.attune.core.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.Skill;
import app.attune.grading.SkillLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void quartiles_use_the_nearest_rank_and_levels_follow_the_grading_bands() {
        // scores 10, 40, 40, 60, 79, 80, 95, 100
        SkillDistribution d =
                Figures.distribution(Skill.REPAIR, Map.of(10, 1, 40, 2, 60, 1, 79, 1, 80, 1, 95, 1, 100, 1));
        assertThat(d.scores()).isEqualTo(8);
        assertThat(List.of(d.min(), d.q1(), d.median(), d.q3(), d.max())).containsExactly(10, 40, 60, 80, 100);
        assertThat(d.mean()).isEqualTo(504 / 8.0);
        assertThat(d.count(SkillLevel.BEGINNING)).isEqualTo(1);
        assertThat(d.count(SkillLevel.DEVELOPING)).isEqualTo(2);
        assertThat(d.count(SkillLevel.COMPETENT)).isEqualTo(2);
        assertThat(d.count(SkillLevel.STRONG)).isEqualTo(3);
    }

    @Test
    void no_scores_give_an_empty_distribution() {
        SkillDistribution d = Figures.distribution(Skill.DEPTH, Map.of());
        assertThat(d.scores()).isZero();
        assertThat(d.perLevel()).containsOnlyKeys(SkillLevel.values()).allSatisfy((k, v) -> assertThat(v)
                .isZero());
    }

    @Test
    void days_fold_into_iso_weeks_across_the_new_year_with_empty_weeks_kept() {
        List<WeekPoint> weeks = Figures.weeks(
                List.of(
                        new InsightsQueries.DayRow(LocalDate.of(2026, 12, 28), 2, 100),
                        new InsightsQueries.DayRow(LocalDate.of(2027, 1, 3), 1, 70),
                        new InsightsQueries.DayRow(LocalDate.of(2027, 1, 12), 1, 40)),
                LocalDate.of(2026, 12, 28),
                LocalDate.of(2027, 1, 12));
        assertThat(weeks).extracting(WeekPoint::label).containsExactly("2026-W53", "2027-W01", "2027-W02");
        assertThat(weeks).extracting(WeekPoint::completed).containsExactly(3, 0, 1);
        assertThat(weeks.getFirst().averageOverall().getAsDouble()).isEqualTo(170 / 3.0);
        assertThat(weeks.get(1).averageOverall()).isEmpty();
    }
}
