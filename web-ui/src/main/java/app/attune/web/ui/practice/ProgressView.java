package app.attune.web.ui.practice;

import app.attune.core.account.UserId;
import app.attune.core.practice.AttemptFilter;
import app.attune.core.practice.AttemptStatus;
import app.attune.core.practice.AttemptSummary;
import app.attune.core.practice.ExportFormat;
import app.attune.core.practice.PracticeException;
import app.attune.core.practice.PracticeService;
import app.attune.core.practice.ProgressPoint;
import app.attune.grading.Skill;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import app.attune.web.ui.Confirm;
import app.attune.web.ui.Plural;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The trainee's progress: per skill a chart of their scores across finished attempts (Chart.js from
 * its WebJar, so the pre-compiled bundle stays), and the list of their attempts with filters, export
 * and delete.
 */
@Route("progress")
@PageTitle("Progress · Attune")
// facilitators try scenarios the way their trainees meet them; their attempts are theirs alone and,
// as they belong to no cohort, never reach a progress board or the insights
@RolesAllowed({Roles.TRAINEE, Roles.FACILITATOR})
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@Prototype
public class ProgressView extends VerticalLayout implements BeforeEnterObserver {
    /** Draws (or redraws) a chart once Chart.js is loaded and the canvas has a width. */
    static final String DRAW = """
            const canvas = this;
            const config = $0;
            let tries = 0;
            const draw = () => {
              if (typeof Chart === 'undefined' || canvas.clientWidth === 0) {
                if (tries++ < 400) { setTimeout(draw, 25); }
                return;
              }
              const old = Chart.getChart(canvas);
              if (old) { old.destroy(); }
              new Chart(canvas, config);
            };
            draw();
            """;

    private final transient PracticeService practice;
    private final UserId me;
    private final ZoneId zone;
    private final Grid<AttemptSummary> grid = new Grid<>();
    private final Select<String> scenario = new Select<>();
    private final Select<String> status = new Select<>();
    private final DatePicker from = new DatePicker("Started from");
    private final DatePicker to = new DatePicker("Started until");
    private final Paragraph message = new Paragraph();
    private final Div charts = new Div();
    private final Map<String, String> titles = new LinkedHashMap<>();

    public ProgressView(PracticeService practice) {
        this.practice = practice;
        this.me = CurrentUser.require().userId();
        this.zone = ClientZone.of(com.vaadin.flow.component.UI.getCurrent());
        addClassName("attune-page");
        addClassName("progress-page");
        setSpacing(false);
        message.setId("progress-message");
        message.addClassName("attune-problem");
        charts.setId("skill-charts");
        charts.addClassName("progress-charts");
        setUpFilters();
        grid.setId("attempts-grid");
        grid.setEmptyStateText("No attempts match these filters.");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> Words.dayTime(a.startedAt(), zone))
                .setHeader("Started")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AttemptSummary::scenarioTitle).setHeader("Scenario").setFlexGrow(1);
        grid.addColumn(a -> a.status().title()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(AttemptSummary::turns).setHeader("Turns").setAutoWidth(true);
        grid.addColumn(a -> a.overall().isPresent() ? String.valueOf(a.overall().getAsInt()) : "–")
                .setHeader("Overall")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setKey("actions")
                .setAutoWidth(true);
    }

    /** Built on every visit, so coming back shows the attempts finished since. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Your progress"));
        message.setVisible(false);
        add(message);
        List<ProgressPoint> points;
        List<AttemptSummary> all;
        try {
            points = practice.progress(me);
            all = practice.attempts(me, AttemptFilter.ALL);
        } catch (PracticeException e) {
            say(e.getMessage());
            return;
        }
        titles.clear();
        all.forEach(a -> titles.putIfAbsent(a.scenarioId(), a.scenarioTitle()));

        add(new H2("Skills over your attempts"));
        charts.removeAll();
        add(charts);
        if (points.isEmpty()) {
            Paragraph none = new Paragraph("Finish a conversation to see your scores here.");
            none.setId("no-progress");
            none.addClassName("attune-muted");
            Anchor go = new Anchor("practice", "Go to practice");
            charts.add(none, go);
        } else {
            for (Skill skill : Skill.values()) {
                charts.add(chart(skill, points));
            }
        }

        add(new H2("Your attempts"));
        String chosen = scenario.getValue();
        List<String> ids = new ArrayList<>();
        ids.add("");
        ids.addAll(titles.keySet());
        scenario.setItems(ids);
        scenario.setValue(chosen != null && ids.contains(chosen) ? chosen : "");
        Div filters = new Div(scenario, status, from, to);
        filters.setId("attempt-filters");
        filters.addClassName("progress-filters");
        add(filters, exports(), grid);
        refresh();
    }

    private Component chart(Skill skill, List<ProgressPoint> points) {
        Div card = new Div();
        card.setId("chart-" + skill.id());
        card.addClassName("progress-chart");
        card.add(new H3(skill.title()));
        List<Integer> scores = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ProgressPoint p : points) {
            Integer score = p.scores().get(skill);
            if (score != null) {
                scores.add(score);
                // "#3 · 7 Dec": several attempts on one day stay apart on the axis
                labels.add("#" + (scores.size()) + " · " + Words.day(p.completedAt(), zone));
            }
        }
        String summary = scores.isEmpty()
                ? "No scores yet."
                : skill.title() + " over " + Plural.of(scores.size(), "attempt") + ": "
                        + scores.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ". Latest " + scores.getLast() + ", best "
                        + scores.stream().mapToInt(Integer::intValue).max().orElse(0) + ".";
        Div box = new Div();
        box.addClassName("progress-chart-box");
        Element canvas = new Element("canvas");
        canvas.setAttribute("id", "canvas-" + skill.id());
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", summary);
        box.getElement().appendChild(canvas);
        Paragraph text = new Paragraph(summary);
        text.addClassName("progress-chart-summary");
        card.add(box, text);

        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", skill.title());
        dataset.put("data", scores);
        dataset.put("borderColor", "hsl(174, 62%, 32%)");
        dataset.put("backgroundColor", "hsla(174, 62%, 32%, 0.15)");
        dataset.put("pointBackgroundColor", "hsl(174, 62%, 32%)");
        dataset.put("pointRadius", 4);
        dataset.put("tension", 0); // straight segments: a curve would suggest scores between attempts
        dataset.put("fill", true);
        // a score of 100 or 0 sits on the edge of the chart area: draw its point whole, not clipped
        dataset.put("clip", false);
        Map<String, Object> config = Map.of(
                "type",
                "line",
                "data",
                Map.of("labels", labels, "datasets", List.of(dataset)),
                "options",
                Map.of(
                        "responsive",
                        true,
                        "maintainAspectRatio",
                        false,
                        "animation",
                        false,
                        "layout",
                        Map.of("padding", Map.of("top", 6, "right", 6)),
                        "plugins",
                        Map.of("legend", Map.of("display", false)),
                        "scales",
                        Map.of("y", Map.of("min", 0, "max", 100, "ticks", Map.of("stepSize", 25)))));
        canvas.executeJs(DRAW, config);
        return card;
    }

    private void setUpFilters() {
        scenario.setId("filter-scenario");
        scenario.setLabel("Scenario");
        scenario.setItemLabelGenerator(
                id -> id == null || id.isEmpty() ? "All scenarios" : titles.getOrDefault(id, id));
        status.setId("filter-status");
        status.setLabel("Status");
        status.setItems("", AttemptStatus.IN_PROGRESS.name(), AttemptStatus.COMPLETED.name());
        status.setItemLabelGenerator(s -> s == null || s.isEmpty()
                ? "Any status"
                : AttemptStatus.valueOf(s).title());
        status.setValue("");
        from.setId("filter-from");
        to.setId("filter-to");
        from.setLocale(java.util.Locale.UK);
        to.setLocale(java.util.Locale.UK);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        scenario.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
    }

    private Component exports() {
        Div row = new Div();
        row.addClassName("progress-exports");
        Anchor json = new Anchor(download(ExportFormat.JSON), AttachmentType.DOWNLOAD, "Export all as JSON");
        json.setId("export-json");
        Anchor csv = new Anchor(download(ExportFormat.CSV), AttachmentType.DOWNLOAD, "Export all as CSV");
        csv.setId("export-csv");
        row.add(json, csv);
        return row;
    }

    private DownloadHandler download(ExportFormat format) {
        PracticeService service = practice;
        UserId owner = me;
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.export(owner, format).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    "attune-attempts." + format.extension(),
                    format.mediaType() + "; charset=utf-8",
                    bytes.length);
        });
    }

    /** The filter as chosen: dates are whole days in the trainee's time zone, both ends included. */
    AttemptFilter filter() {
        return new AttemptFilter(
                Optional.ofNullable(scenario.getValue()).filter(s -> !s.isEmpty()),
                Optional.ofNullable(status.getValue()).filter(s -> !s.isEmpty()).map(AttemptStatus::valueOf),
                Optional.ofNullable(from.getValue())
                        .map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to.getValue()).map(d -> d.plusDays(1)).map(d -> d.atStartOfDay(zone)
                        .toInstant()));
    }

    void refresh() {
        try {
            grid.setItems(practice.attempts(me, filter()));
        } catch (PracticeException e) {
            say(e.getMessage());
        }
    }

    private Component actions(AttemptSummary a) {
        Div cell = new Div();
        cell.addClassName("progress-actions");
        Anchor open = a.status() == AttemptStatus.COMPLETED
                ? new Anchor("attempts/" + a.id().value(), "Report")
                : new Anchor("practice/" + a.scenarioId(), "Resume");
        open.getElement().setAttribute("aria-label", open.getText() + ": " + a.scenarioTitle());
        open.addClassName("progress-open");
        Button delete = new Button("Delete", e -> confirmDelete(a));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.addClassName("progress-delete");
        delete.getElement().setAttribute("aria-label", "Delete attempt: " + a.scenarioTitle());
        cell.add(open, delete);
        return cell;
    }

    private void confirmDelete(AttemptSummary a) {
        Confirm.ask("delete", "Delete this attempt?")
                .explain("The conversation in “" + a.scenarioTitle() + "” started " + Words.dayTime(a.startedAt(), zone)
                        + ", its turns and its scores are deleted for good.")
                .yes("Delete")
                .no("Keep it")
                .destructive()
                .then(() -> {
                    try {
                        practice.delete(me, a.id());
                        getUI().ifPresent(ui -> ui.getPage().reload());
                    } catch (PracticeException ex) {
                        say(ex.getMessage());
                    }
                });
    }

    private void say(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    Grid<AttemptSummary> grid() {
        return grid;
    }
}
