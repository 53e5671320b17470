package app.attune.core.insights;

import app.attune.grading.Skill;
import app.attune.grading.SkillLevel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the small aggregate result sets into the figures: quartiles, levels, weeks. Pure functions. */
final class Figures {
    private Figures() {}

    /** Levels, quartiles (nearest rank) and mean of one skill, from how often each score occurs. */
    static SkillDistribution distribution(Skill skill, Map<Integer, Integer> countsByScore) {
        TreeMap<Integer, Integer> sorted = new TreeMap<>(countsByScore);
        int n = sorted.values().stream().mapToInt(Integer::intValue).sum();
        Map<SkillLevel, Integer> levels = new EnumMap<>(SkillLevel.class);
        for (SkillLevel level : SkillLevel.values()) {
            levels.put(level, 0);
        }
        if (n == 0) {
            return new SkillDistribution(skill, 0, levels, 0, 0, 0, 0, 0, 0);
        }
        long total = 0;
        for (Map.Entry<Integer, Integer> e : sorted.entrySet()) {
            levels.merge(SkillLevel.forScore(e.getKey()), e.getValue(), Integer::sum);
            total += (long) e.getKey() * e.getValue();
        }
        return new SkillDistribution(
                skill,
                n,
                levels,
                sorted.firstKey(),
                rank(sorted, n, 0.25),
                rank(sorted, n, 0.5),
                rank(sorted, n, 0.75),
                sorted.lastKey(),
                (double) total / n);
    }

    /** The score at nearest rank ceil(p * n) (1-based). */
    private static int rank(TreeMap<Integer, Integer> sorted, int n, double p) {
        long target = Math.max(1, (long) Math.ceil(p * n));
        long seen = 0;
        for (Map.Entry<Integer, Integer> e : sorted.entrySet()) {
            seen += e.getValue();
            if (seen >= target) {
                return e.getKey();
            }
        }
        return sorted.lastKey();
    }

    /**
     * Days folded into ISO weeks, from the first week with data (or the period start) to the last (or
     * the period end), with empty weeks in between so a trend line shows the gaps.
     */
    static List<WeekPoint> weeks(List<InsightsQueries.DayRow> days, LocalDate firstDay, LocalDate lastDay) {
        Map<LocalDate, long[]> byMonday = new TreeMap<>();
        for (InsightsQueries.DayRow d : days) {
            long[] acc = byMonday.computeIfAbsent(monday(d.day()), k -> new long[2]);
            acc[0] += d.completed();
            acc[1] += d.overallTotal();
        }
        List<WeekPoint> weeks = new ArrayList<>();
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            return weeks;
        }
        for (LocalDate monday = monday(firstDay); !monday.isAfter(lastDay); monday = monday.plusWeeks(1)) {
            long[] acc = byMonday.getOrDefault(monday, new long[2]);
            weeks.add(new WeekPoint(
                    monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    monday,
                    (int) acc[0],
                    acc[1]));
        }
        return weeks;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
