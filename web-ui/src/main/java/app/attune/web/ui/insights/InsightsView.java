package app.attune.web.ui.insights;

import app.attune.core.account.UserId;
import app.attune.core.cohort.NotAllowed;
import app.attune.core.insights.AtRisk;
import app.attune.core.insights.CohortOption;
import app.attune.core.insights.Difficulty;
import app.attune.core.insights.Insights;
import app.attune.core.insights.InsightsCsv;
import app.attune.core.insights.InsightsFilter;
import app.attune.core.insights.InsightsService;
import app.attune.core.insights.Kpis;
import app.attune.core.insights.ScenarioOption;
import app.attune.core.insights.SkillDistribution;
import app.attune.core.insights.SkillLift;
import app.attune.core.insights.WeekPoint;
import app.attune.grading.SkillLevel;
import app.attune.scenarios.format.AttachmentStyle;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The program lead's view across cohorts: filters, headline figures, charts (Chart.js from its
 * WebJar) each with the CSV of its table, and who is stalled or past due. The service decides what
 * the person may see; the route is for program leads and administrators.
 */
@Route("insights")
@PageTitle("Insights · Attune")
@RolesAllowed({Roles.PROGRAM_LEAD, Roles.ADMIN})
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@Prototype
public class InsightsView extends VerticalLayout {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final transient InsightsService insights;
    private final UserId me;
    private final MultiSelectComboBox<CohortOption> cohorts = new MultiSelectComboBox<>("Cohorts");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<String> scenario = new Select<>();
    private final Select<String> style = new Select<>();
    private final Paragraph message = new Paragraph();
    private final Div kpis = new Div();
    private final Div charts = new Div();
    private final Div atRisk = new Div();
    private final Grid<AtRisk> atRiskGrid = new Grid<>();
    private final Map<String, String> scenarioTitles = new LinkedHashMap<>();
    /** What the page shows now; the CSV downloads read it, so a file always matches the screen. */
    private volatile Insights current;

    public InsightsView(InsightsService insights) {
        this.insights = insights;
        this.me = CurrentUser.require().userId();
        addClassNames("attune-page", "insights-page");
        setSpacing(false);
        H1 title = new H1("Program insights");
        Paragraph lead = new Paragraph("How trainees across cohorts practise and improve. Scores include"
                + " facilitators' overrides; completion and pass rates are where assignments stand today.");
        lead.addClassName("attune-muted");
        message.setId("insights-message");
        message.addClassName("attune-problem");
        message.setVisible(false);
        kpis.setId("insights-kpis");
        kpis.addClassName("insights-kpis");
        charts.addClassName("insights-charts");
        atRisk.setId("insights-at-risk");
        atRisk.addClassName("insights-card");
        setUpFilters();
        setUpGrid();
        add(title, lead, filterBar(), message, kpis, charts, atRisk);
        refresh();
    }

    private Component filterBar() {
        Button reset = new Button("Clear filters", e -> clearFilters());
        reset.setId("insights-filter-clear");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div bar = new Div(cohorts, from, to, scenario, style, reset);
        bar.setId("insights-filters");
        bar.addClassName("insights-filters");
        return bar;
    }

    private void setUpFilters() {
        cohorts.setId("insights-filter-cohort");
        cohorts.setPlaceholder("All cohorts");
        cohorts.setItemLabelGenerator(c -> c.archived() ? c.name() + " (archived)" : c.name());
        cohorts.setItems(insights.cohorts(me));
        cohorts.setClearButtonVisible(true);
        from.setId("insights-filter-from");
        to.setId("insights-filter-to");
        from.setLocale(Locale.UK);
        to.setLocale(Locale.UK);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setPlaceholder("Any time");
        to.setPlaceholder("Today");
        List<String> scenarioIds = new ArrayList<>();
        scenarioIds.add("");
        for (ScenarioOption s : insights.scenarios()) {
            scenarioTitles.put(s.id(), s.title());
            scenarioIds.add(s.id());
        }
        scenario.setId("insights-filter-scenario");
        scenario.setLabel("Scenario");
        scenario.setItems(scenarioIds);
        scenario.setItemLabelGenerator(id -> id == null || id.isEmpty() ? "All scenarios" : scenarioTitles.get(id));
        scenario.setValue("");
        List<String> styles = new ArrayList<>();
        styles.add("");
        for (AttachmentStyle s : AttachmentStyle.values()) {
            styles.add(s.id());
        }
        style.setId("insights-filter-style");
        style.setLabel("Attachment style");
        style.setItems(styles);
        style.setItemLabelGenerator(id -> id == null || id.isEmpty()
                ? "All styles"
                : InsightsService.styleTitle(AttachmentStyle.fromId(id).orElseThrow()));
        style.setValue("");
        cohorts.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        scenario.addValueChangeListener(e -> refresh());
        style.addValueChangeListener(e -> refresh());
    }

    private void clearFilters() {
        cohorts.clear();
        from.clear();
        to.clear();
        scenario.setValue("");
        style.setValue("");
    }

    /** The filter as chosen; an inverted period is reported instead of read. */
    InsightsFilter filter() {
        return new InsightsFilter(
                cohorts.getValue().stream().map(CohortOption::id).collect(Collectors.toSet()),
                Optional.ofNullable(from.getValue()),
                Optional.ofNullable(to.getValue()),
                Optional.ofNullable(scenario.getValue()).filter(s -> !s.isEmpty()),
                Optional.ofNullable(style.getValue()).filter(s -> !s.isEmpty()).flatMap(AttachmentStyle::fromId));
    }

    void refresh() {
        Insights in;
        try {
            in = insights.insights(me, filter());
        } catch (IllegalArgumentException | NotAllowed e) {
            message.setText(e.getMessage());
            message.setVisible(true);
            return;
        }
        message.setVisible(false);
        current = in;
        showKpis(in.kpis());
        charts.removeAll();
        charts.add(
                card(
                        "Skill levels",
                        "How each skill's scores fall into the four levels, over completed attempts.",
                        InsightsCsv.Table.SKILL_DISTRIBUTION,
                        in.noScores() ? null : distributionChart(in)),
                card(
                        "First vs best",
                        "Average of each trainee's first attempt and of their best, per skill.",
                        InsightsCsv.Table.FIRST_BEST,
                        in.noScores() ? null : firstBestChart(in)),
                wide(card(
                        "Hardest scenarios",
                        "Average overall score per scenario, hardest first.",
                        InsightsCsv.Table.HARDEST_SCENARIOS,
                        in.noScores() ? null : scenarioChart(in.scenarios()))),
                card(
                        "Attachment styles",
                        "Average overall score and pass rate per persona style.",
                        InsightsCsv.Table.HARDEST_STYLES,
                        in.noScores() ? null : styleChart(in.styles())),
                card(
                        "Weekly trend",
                        "Completed attempts and their average overall score per ISO week.",
                        InsightsCsv.Table.WEEKLY_TREND,
                        in.noScores() ? null : trendChart(in.weeks())));
        showAtRisk(in.atRisk());
    }

    private void showKpis(Kpis k) {
        kpis.removeAll();
        kpis.add(
                tile("enrolled", "Enrolled", String.valueOf(k.enrolled()), "trainees in these cohorts"),
                tile("active", "Active", String.valueOf(k.active()), "started an attempt in the period"),
                tile(
                        "completion",
                        "Completion",
                        percent(k.completionRate()),
                        k.completed() + " of " + k.assigned() + " assignments"),
                tile("pass", "Pass rate", percent(k.passRate()), k.passed() + " of " + k.assigned() + " passed"),
                tile("attempts", "Completed attempts", String.valueOf(k.completedAttempts()), "in the period"),
                tile("average", "Average overall", one(k.averageOverall()), "of completed attempts"));
    }

    private static Component tile(String id, String label, String value, String note) {
        Span l = new Span(label);
        l.addClassName("insights-kpi-label");
        Span v = new Span(value);
        v.addClassName("insights-kpi-value");
        v.setId("insights-kpi-" + id);
        Span n = new Span(note);
        n.addClassName("insights-kpi-note");
        Div tile = new Div(l, v, n);
        tile.addClassName("insights-kpi");
        return tile;
    }

    /** A chart card with its CSV link; without a chart it explains why it is empty. */
    private Div card(String title, String caption, InsightsCsv.Table table, Element canvas) {
        Div head = new Div(new H2(title), csvLink(table));
        head.addClassName("insights-card-head");
        Paragraph p = new Paragraph(caption);
        p.addClassName("insights-caption");
        Div card = new Div(head, p);
        card.setId("chart-" + table.id());
        card.addClassName("insights-card");
        if (canvas == null) {
            Paragraph empty = new Paragraph("No completed attempts match these filters yet. Widen the period,"
                    + " choose more cohorts or clear the scenario and style filters.");
            empty.addClassName("insights-empty");
            card.add(empty);
        } else {
            Div box = new Div();
            box.addClassName("insights-chart-box");
            box.getElement().appendChild(canvas);
            card.add(box);
        }
        return card;
    }

    private static Div wide(Div card) {
        card.addClassName("insights-card-wide");
        return card;
    }

    private Anchor csvLink(InsightsCsv.Table table) {
        Anchor a = new Anchor(csv(table), AttachmentType.DOWNLOAD, "Download CSV");
        a.setId("csv-" + table.id());
        a.addClassName("insights-csv");
        return a;
    }

    private DownloadHandler csv(InsightsCsv.Table table) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = InsightsCsv.of(table, current).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    "attune-insights-" + table.id() + ".csv",
                    "text/csv; charset=utf-8",
                    bytes.length);
        });
    }

    private static Element canvas(String id, String summary) {
        Element canvas = new Element("canvas");
        canvas.setAttribute("id", "canvas-" + id);
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", summary);
        return canvas;
    }

    private static Element distributionChart(Insights in) {
        List<String> labels = new ArrayList<>();
        Map<SkillLevel, List<Integer>> perLevel = new LinkedHashMap<>();
        for (SkillLevel level : SkillLevel.values()) {
            perLevel.put(level, new ArrayList<>());
        }
        for (SkillDistribution d : in.distributions()) {
            labels.add(d.skill().title());
            perLevel.forEach((level, list) -> list.add(d.count(level)));
        }
        String[] colors = {ChartJs.CORAL, ChartJs.AMBER, ChartJs.MINT, ChartJs.TEAL};
        List<Map<String, Object>> sets = new ArrayList<>();
        int i = 0;
        for (Map.Entry<SkillLevel, List<Integer>> e : perLevel.entrySet()) {
            String name = e.getKey().id();
            sets.add(ChartJs.dataset(
                    Character.toUpperCase(name.charAt(0)) + name.substring(1), e.getValue(), colors[i++]));
        }
        Element canvas = canvas("skill-distribution", "Scores per level for each of the seven skills.");
        ChartJs.draw(
                canvas,
                ChartJs.config(
                        "bar",
                        labels,
                        sets,
                        Map.of(
                                "x",
                                withStack(ChartJs.axis(null, null, null)),
                                "y",
                                withStack(withWholeTicks(ChartJs.axis(0, null, "Completed attempts")))),
                        false));
        return canvas;
    }

    private static Map<String, Object> withStack(Map<String, Object> axis) {
        axis.put("stacked", true);
        return axis;
    }

    /** Counts of attempts: no 0.2 or 1.4 ticks on a small program. */
    private static Map<String, Object> withWholeTicks(Map<String, Object> axis) {
        axis.put("ticks", Map.of("precision", 0));
        return axis;
    }

    private static Element firstBestChart(Insights in) {
        List<String> labels = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> best = new ArrayList<>();
        for (SkillLift l : in.lifts()) {
            labels.add(l.skill().title());
            first.add(round(l.first()));
            best.add(round(l.best()));
        }
        Element canvas = canvas("first-best", "Average first and best score per skill.");
        ChartJs.draw(
                canvas,
                ChartJs.config(
                        "bar",
                        labels,
                        List.of(
                                ChartJs.dataset("First attempt", first, ChartJs.SLATE),
                                ChartJs.dataset("Best attempt", best, ChartJs.TEAL)),
                        Map.of("x", ChartJs.axis(null, null, null), "y", ChartJs.axis(0, 100, "Average score")),
                        false));
        return canvas;
    }

    private static Element scenarioChart(List<Difficulty> rows) {
        List<String> labels = rows.stream().map(Difficulty::label).toList();
        List<Double> avg =
                rows.stream().map(d -> round(d.averageOverall().orElse(0))).toList();
        Map<String, Object> names = ChartJs.axis(null, null, null);
        // every scenario named, however many: autoskip would hide every other title
        names.put("ticks", Map.of("autoSkip", false));
        Element canvas = canvas("hardest-scenarios", "Average overall score per scenario, hardest first.");
        ChartJs.draw(
                canvas,
                ChartJs.config(
                        "bar",
                        labels,
                        List.of(ChartJs.dataset("Average overall", avg, ChartJs.TEAL)),
                        Map.of("x", ChartJs.axis(0, 100, "Average overall score"), "y", names),
                        true));
        return canvas;
    }

    private static Element styleChart(List<Difficulty> rows) {
        List<String> labels = rows.stream().map(Difficulty::label).toList();
        List<Double> avg =
                rows.stream().map(d -> round(d.averageOverall().orElse(0))).toList();
        List<Double> pass =
                rows.stream().map(d -> round(d.passRate().orElse(0) * 100)).toList();
        Element canvas = canvas("hardest-styles", "Average overall score and pass rate per attachment style.");
        ChartJs.draw(
                canvas,
                ChartJs.config(
                        "bar",
                        labels,
                        List.of(
                                ChartJs.dataset("Average overall", avg, ChartJs.TEAL),
                                ChartJs.dataset("Pass rate %", pass, ChartJs.AMBER)),
                        Map.of("x", ChartJs.axis(null, null, null), "y", ChartJs.axis(0, 100, null)),
                        false));
        return canvas;
    }

    private static Element trendChart(List<WeekPoint> weeks) {
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        List<String> labels = weeks.stream()
                .map(w -> "W" + w.week() + " · " + shortDay.format(w.monday()))
                .toList();
        Map<String, Object> count = ChartJs.dataset(
                "Completed attempts", weeks.stream().map(WeekPoint::completed).toList(), ChartJs.TEAL_SOFT);
        count.put("borderColor", ChartJs.TEAL);
        count.put("borderWidth", 1);
        count.put("yAxisID", "y");
        count.put("order", 2);
        List<Double> avg = new ArrayList<>();
        for (WeekPoint w : weeks) {
            avg.add(w.averageOverall().isPresent() ? round(w.averageOverall().getAsDouble()) : null);
        }
        Map<String, Object> line = ChartJs.dataset("Average overall", avg, ChartJs.AMBER);
        line.put("type", "line");
        line.put("yAxisID", "score");
        line.put("tension", 0.25);
        line.put("spanGaps", true);
        line.put("order", 1);
        Map<String, Object> scoreAxis = ChartJs.axis(0, 100, "Average overall");
        scoreAxis.put("position", "right");
        scoreAxis.put("grid", Map.of("drawOnChartArea", false));
        Element canvas = canvas("weekly-trend", "Completed attempts and average overall score per week.");
        ChartJs.draw(
                canvas,
                ChartJs.config(
                        "bar",
                        labels,
                        List.of(count, line),
                        Map.of(
                                "x",
                                ChartJs.axis(null, null, null),
                                "y",
                                ChartJs.axis(0, null, "Completed attempts"),
                                "score",
                                scoreAxis),
                        false));
        return canvas;
    }

    private void setUpGrid() {
        atRiskGrid.setId("insights-at-risk-grid");
        atRiskGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        atRiskGrid
                .addColumn(AtRisk::traineeName)
                .setHeader("Trainee")
                .setSortable(true)
                .setFlexGrow(1);
        atRiskGrid
                .addColumn(AtRisk::cohortName)
                .setHeader("Cohort")
                .setSortable(true)
                .setFlexGrow(1);
        atRiskGrid
                .addColumn(AtRisk::scenarioTitle)
                .setHeader("Assignment")
                .setSortable(true)
                .setFlexGrow(2);
        atRiskGrid
                .addColumn(AtRisk::reason)
                .setHeader("Status")
                .setSortable(true)
                .setAutoWidth(true);
        atRiskGrid
                .addColumn(r -> DAY.format(r.since().atZone(ZoneOffset.UTC)))
                .setHeader("Since")
                .setComparator(AtRisk::since)
                .setAutoWidth(true);
        atRiskGrid.setHeight("26rem");
    }

    private void showAtRisk(List<AtRisk> rows) {
        atRisk.removeAll();
        Div head = new Div(new H2("Stalled or past due"), csvLink(InsightsCsv.Table.AT_RISK));
        head.addClassName("insights-card-head");
        Paragraph caption = new Paragraph(
                rows.size() + (rows.size() == 1 ? " trainee assignment needs" : " trainee assignments need")
                        + " attention: past the due date without a completed attempt, idle for three days, or not started"
                        + " a week after it was assigned. Longest waiting first.");
        caption.setId("insights-at-risk-caption");
        caption.addClassName("insights-caption");
        atRisk.add(head, caption);
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph("Nobody in these cohorts is stalled or past due.");
            none.setId("insights-at-risk-empty");
            none.addClassName("insights-empty");
            atRisk.add(none);
        } else {
            atRiskGrid.setItems(rows);
            atRisk.add(atRiskGrid);
        }
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 100) + "%" : "–";
    }

    private static String one(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "–";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    Insights current() {
        return current;
    }
}
