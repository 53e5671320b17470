package app.attune.core.insights;

import java.util.List;

/** Everything the program lead's insights page shows, for one filter. */
public record Insights(
        InsightsFilter filter,
        Kpis kpis,
        List<SkillDistribution> distributions,
        List<SkillLift> lifts,
        List<Difficulty> scenarios,
        List<Difficulty> styles,
        List<WeekPoint> weeks,
        List<AtRisk> atRisk) {

    public Insights {
        distributions = List.copyOf(distributions);
        lifts = List.copyOf(lifts);
        scenarios = List.copyOf(scenarios);
        styles = List.copyOf(styles);
        weeks = List.copyOf(weeks);
        atRisk = List.copyOf(atRisk);
    }

    /** No completed attempt in scope: the charts have nothing to draw. */
    public boolean noScores() {
        return kpis.completedAttempts() == 0;
    }

    /** The same figures with the skill aggregates, which are read on their own connections. */
    Insights withSkills(List<SkillDistribution> levels, List<SkillLift> skillLifts) {
        return new Insights(filter, kpis, levels, skillLifts, scenarios, styles, weeks, atRisk);
    }
}
