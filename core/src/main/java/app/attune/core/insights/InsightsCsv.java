package app.attune.core.insights;

import app.attune.grading.SkillLevel;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The table behind each chart of the insights page as CSV (RFC 4180: comma separated, CRLF line
 * ends, fields with commas, quotes or line breaks quoted). Text that a spreadsheet would run as a
 * formula (starting with =, +, - or @) gets a leading apostrophe.
 */
public final class InsightsCsv {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private InsightsCsv() {}

    /** The tables by the name used in file names and element ids. */
    public enum Table {
        SKILL_DISTRIBUTION("skill-distribution"),
        FIRST_BEST("first-best"),
        HARDEST_SCENARIOS("hardest-scenarios"),
        HARDEST_STYLES("hardest-styles"),
        WEEKLY_TREND("weekly-trend"),
        AT_RISK("at-risk");

        private final String id;

        Table(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static String of(Table table, Insights in) {
        return switch (table) {
            case SKILL_DISTRIBUTION -> distribution(in);
            case FIRST_BEST -> firstBest(in);
            case HARDEST_SCENARIOS -> difficulty("scenario_id", "scenario", in.scenarios());
            case HARDEST_STYLES -> difficulty("style_id", "style", in.styles());
            case WEEKLY_TREND -> weeks(in);
            case AT_RISK -> atRisk(in);
        };
    }

    private static String distribution(Insights in) {
        StringBuilder b = row(
                new StringBuilder(),
                "skill",
                "scores",
                "beginning",
                "developing",
                "competent",
                "strong",
                "min",
                "q1",
                "median",
                "q3",
                "max",
                "mean");
        for (SkillDistribution d : in.distributions()) {
            row(
                    b,
                    text(d.skill().title()),
                    d.scores(),
                    d.count(SkillLevel.BEGINNING),
                    d.count(SkillLevel.DEVELOPING),
                    d.count(SkillLevel.COMPETENT),
                    d.count(SkillLevel.STRONG),
                    d.min(),
                    d.q1(),
                    d.median(),
                    d.q3(),
                    d.max(),
                    decimal(d.mean()));
        }
        return b.toString();
    }

    private static String firstBest(Insights in) {
        StringBuilder b = row(new StringBuilder(), "skill", "trainees", "first_avg", "best_avg", "lift");
        for (SkillLift l : in.lifts()) {
            row(b, text(l.skill().title()), l.trainees(), decimal(l.first()), decimal(l.best()), decimal(l.lift()));
        }
        return b.toString();
    }

    private static String difficulty(String keyName, String labelName, List<Difficulty> rows) {
        StringBuilder b =
                row(new StringBuilder(), keyName, labelName, "completed_attempts", "avg_overall", "pass_rate_percent");
        for (Difficulty d : rows) {
            row(
                    b,
                    text(d.key()),
                    text(d.label()),
                    d.attempts(),
                    decimal(d.averageOverall()),
                    decimal(percent(d.passRate())));
        }
        return b.toString();
    }

    private static String weeks(Insights in) {
        StringBuilder b = row(new StringBuilder(), "iso_week", "week_start", "completed_attempts", "avg_overall");
        for (WeekPoint w : in.weeks()) {
            row(b, w.label(), w.monday(), w.completed(), decimal(w.averageOverall()));
        }
        return b.toString();
    }

    private static String atRisk(Insights in) {
        StringBuilder b = row(new StringBuilder(), "trainee", "cohort", "scenario", "status", "since_utc");
        for (AtRisk r : in.atRisk()) {
            row(
                    b,
                    text(r.traineeName()),
                    text(r.cohortName()),
                    text(r.scenarioTitle()),
                    text(r.reason()),
                    MINUTE.format(r.since().atZone(ZoneOffset.UTC)));
        }
        return b.toString();
    }

    private static StringBuilder row(StringBuilder b, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(String.valueOf(cells[i])));
        }
        return b.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** Free text: neutralised when a spreadsheet would read it as a formula. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String decimal(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble()) : "";
    }

    private static OptionalDouble percent(OptionalDouble share) {
        return share.isPresent() ? OptionalDouble.of(share.getAsDouble() * 100) : share;
    }
}
