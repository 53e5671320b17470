package app.attune.web.ui.cohort;

import app.attune.core.account.UserId;
import app.attune.core.assignment.Assignment;
import app.attune.core.assignment.AssignmentId;
import app.attune.core.assignment.ProgressState;
import app.attune.core.assignment.TraineeProgress;
import app.attune.core.cohort.Member;
import app.attune.web.ui.Plural;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The cohort's progress at a glance: a row per trainee, a column per assignment, each cell the
 * trainee's state on it (with the best score once there is one), and who is stalled.
 */
class ProgressBoard extends Div {

    /** One trainee's row: their progress on each assignment that applies to them. */
    record Row(Member trainee, Map<AssignmentId, TraineeProgress> cells) {
        boolean stalled() {
            return cells.values().stream().anyMatch(TraineeProgress::stalled);
        }
    }

    private final Grid<Row> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private List<Row> rows = List.of();

    ProgressBoard() {
        addClassName("progress-board");
        summary.setId("progress-summary");
        summary.addClassName("attune-muted");
        grid.setId("progress-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(summary, grid);
    }

    void show(
            List<Member> members,
            List<Assignment> assignments,
            List<TraineeProgress> progress,
            Function<String, String> titleOf) {
        Map<UserId, Map<AssignmentId, TraineeProgress>> byTrainee = new HashMap<>();
        for (TraineeProgress p : progress) {
            byTrainee.computeIfAbsent(p.trainee(), k -> new LinkedHashMap<>()).put(p.assignment(), p);
        }
        rows = members.stream()
                .map(m -> new Row(m, byTrainee.getOrDefault(m.id(), Map.of())))
                .toList();
        grid.removeAllColumns();
        // the name sets the column's width (never cut short); the assignment columns share the rest
        grid.addColumn(new ComponentRenderer<>(ProgressBoard::traineeCell))
                .setHeader("Trainee")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true)
                .setComparator(r -> r.trainee().displayName());
        for (Assignment a : assignments) {
            String title = titleOf.apply(a.scenarioId());
            String due = a.terms().due().map(d -> "due " + d).orElse("no due date");
            // a long scenario title wraps in its header instead of widening the column
            Span header = new Span(title);
            header.addClassName("progress-head");
            header.getElement().setAttribute("title", title);
            grid.addColumn(new ComponentRenderer<>(r -> cell(r.cells().get(a.id()))))
                    .setHeader(header)
                    .setTooltipGenerator(
                            r -> title + " (" + due + ", pass mark " + a.terms().passThreshold() + ")")
                    .setTextAlign(ColumnTextAlign.START)
                    .setWidth("11rem")
                    .setFlexGrow(1);
        }
        grid.setItems(rows);
        summary.setText(summaryText(rows, assignments.size(), progress));
        grid.setVisible(!rows.isEmpty());
    }

    static String summaryText(List<Row> rows, int assignments, List<TraineeProgress> progress) {
        if (rows.isEmpty()) {
            return "No trainees yet: enrol some below.";
        }
        String trainees = Plural.of(rows.size(), "trainee");
        if (assignments == 0) {
            return trainees + ". Nothing assigned yet: assign a scenario below to follow progress here.";
        }
        long passed = count(progress, ProgressState.PASSED);
        long notPassed = count(progress, ProgressState.NOT_PASSED);
        long pastDue = count(progress, ProgressState.PAST_DUE);
        long stalled = rows.stream().filter(Row::stalled).count();
        return trainees + ", " + Plural.of(assignments, "assignment") + ": " + passed + " passed, " + notPassed
                + " not passed yet, " + pastDue + " past due, "
                + (stalled == 0 ? "nobody stalled." : Plural.of(stalled, "trainee") + " stalled.");
    }

    private static long count(List<TraineeProgress> progress, ProgressState state) {
        return progress.stream().filter(p -> p.state() == state).count();
    }

    private static Component traineeCell(Row row) {
        Span name = new Span(row.trainee().displayName());
        Div cell = new Div(name);
        cell.addClassName("progress-trainee");
        if (row.stalled()) {
            Span stalled = new Span("Stalled");
            stalled.getElement().getThemeList().add("badge warning small");
            stalled.getElement().setAttribute("title", "No progress for a while on an assignment");
            cell.add(stalled);
        }
        return cell;
    }

    static String cellText(TraineeProgress p) {
        if (p == null) {
            return "Not assigned";
        }
        String text = p.state().title();
        if (p.bestScore().isPresent()) {
            text += " · " + p.bestScore().getAsInt();
        }
        if (p.state() == ProgressState.IN_PROGRESS || p.state() == ProgressState.PAST_DUE) {
            text += p.attempts() == 0 ? "" : " · " + Plural.of(p.attempts(), "attempt");
        }
        return text;
    }

    private static Component cell(TraineeProgress p) {
        Span badge = new Span(cellText(p));
        badge.getElement().getThemeList().add(p == null ? "badge contrast small" : "badge " + theme(p.state()));
        if (p != null && p.stalled()) {
            badge.getElement().getThemeList().add("pill");
        }
        return badge;
    }

    private static String theme(ProgressState state) {
        return switch (state) {
            case PASSED -> "success";
            case NOT_PASSED -> "warning";
            case IN_PROGRESS -> "";
            case PAST_DUE -> "error";
            case NOT_STARTED -> "contrast";
        };
    }

    /** What the board shows for a trainee on an assignment (for tests and the screen reader check). */
    String cellFor(String traineeName, AssignmentId assignment) {
        return rows.stream()
                .filter(r -> r.trainee().displayName().equals(traineeName))
                .findFirst()
                .map(r -> cellText(r.cells().get(assignment)))
                .orElse("");
    }

    boolean stalled(String traineeName) {
        return rows.stream().anyMatch(r -> r.trainee().displayName().equals(traineeName) && r.stalled());
    }

    String summary() {
        return summary.getText();
    }
}
