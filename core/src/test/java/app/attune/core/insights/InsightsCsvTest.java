package app.attune.core.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.UserId;
import app.attune.core.assignment.ProgressState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class InsightsCsvTest {

    private static Insights with(List<Difficulty> scenarios, List<AtRisk> atRisk) {
        return new Insights(
                InsightsFilter.ALL,
                new Kpis(0, 0, 0, 0, 0, 0, OptionalDouble.empty()),
                List.of(),
                List.of(),
                scenarios,
                List.of(),
                List.of(new WeekPoint(2026, 1, LocalDate.of(2025, 12, 29), 0, 0)),
                atRisk);
    }

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_lines_end_in_crlf() {
        Insights in = with(
                List.of(
                        new Difficulty("s-1", "The \"quiet\" one, at last", 3, 150, 1),
                        new Difficulty("s-2", "Two\nlines", 0, 0, 0)),
                List.of());
        String csv = InsightsCsv.of(InsightsCsv.Table.HARDEST_SCENARIOS, in);
        assertThat(csv)
                .isEqualTo("scenario_id,scenario,completed_attempts,avg_overall,pass_rate_percent\r\n"
                        + "s-1,\"The \"\"quiet\"\" one, at last\",3,50.0,33.3\r\n"
                        + "s-2,\"Two\nlines\",0,,\r\n");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused_but_numbers_are_not() {
        AtRisk risky = new AtRisk(
                new UserId(1),
                "=HYPERLINK(\"x\")",
                "+Cohort",
                "s",
                "-Scenario",
                ProgressState.PAST_DUE,
                false,
                Instant.parse("2026-11-02T00:00:00Z"));
        String csv = InsightsCsv.of(InsightsCsv.Table.AT_RISK, with(List.of(), List.of(risky)));
        assertThat(csv.lines().toList())
                .containsExactly(
                        "trainee,cohort,scenario,status,since_utc",
                        "\"'=HYPERLINK(\"\"x\"\")\",'+Cohort,'-Scenario,Past due,2026-11-02 00:00");
        assertThat(InsightsCsv.of(InsightsCsv.Table.WEEKLY_TREND, with(List.of(), List.of())))
                .isEqualTo("iso_week,week_start,completed_attempts,avg_overall\r\n2026-W01,2025-12-29,0,\r\n");
    }

    @Test
    void every_table_has_a_header_row() {
        Insights empty = with(List.of(), List.of());
        for (InsightsCsv.Table table : InsightsCsv.Table.values()) {
            assertThat(InsightsCsv.of(table, empty))
                    .as(table.id())
                    .contains(",")
                    .endsWith("\r\n");
        }
    }
}
