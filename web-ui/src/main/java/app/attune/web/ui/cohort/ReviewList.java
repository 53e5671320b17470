package app.attune.web.ui.cohort;

import app.attune.core.practice.AttemptStatus;
import app.attune.core.review.AttemptToReview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The cohort's attempts, newest first, each with a link to review it. */
class ReviewList extends Div {
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    private final Grid<AttemptToReview> grid = new Grid<>();
    private final Span empty = new Span("No attempts yet. They appear here as soon as a trainee starts practising.");

    ReviewList() {
        grid.setId("review-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        empty.addClassName("attune-muted");
        empty.setId("review-empty");
        add(empty, grid);
    }

    private List<AttemptToReview> shown = List.of();

    void show(List<AttemptToReview> attempts, Function<String, String> titleOf) {
        shown = attempts;
        grid.removeAllColumns();
        // short columns take their content's width; names and scenario titles share the rest and wrap
        grid.addColumn(AttemptToReview::traineeName)
                .setHeader("Trainee")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(a -> titleOf.apply(a.scenarioId()))
                .setHeader("Scenario")
                .setWidth("12rem")
                .setFlexGrow(3);
        grid.addColumn(a -> WHEN.format(a.startedAt()))
                .setHeader("Started")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ReviewList::status)
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AttemptToReview::turns)
                .setHeader("Turns")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.overallScore().isPresent() ? "" + a.overallScore().getAsInt() : "—")
                .setHeader("Score")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(ReviewList::reviewCell))
                .setHeader("Review")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(attempts);
        grid.setVisible(!attempts.isEmpty());
        empty.setVisible(attempts.isEmpty());
    }

    /** An attempt's status in the words the trainee's pages use for it ("Completed", "In progress"). */
    static String status(AttemptToReview a) {
        return (a.finished() ? AttemptStatus.COMPLETED : AttemptStatus.IN_PROGRESS).title();
    }

    /** What the Status column shows, top row first (for tests). */
    List<String> statuses() {
        return shown.stream().map(ReviewList::status).toList();
    }

    static String href(AttemptToReview a) {
        return "review/" + a.id().value();
    }

    /** The review links the list offers (finished attempts only). */
    List<String> links() {
        return shown.stream()
                .filter(AttemptToReview::finished)
                .map(ReviewList::href)
                .toList();
    }

    private static Component reviewCell(AttemptToReview a) {
        if (!a.finished()) {
            Span wait = new Span("After it ends");
            wait.addClassName("attune-muted");
            return wait;
        }
        Anchor link = new Anchor(href(a), a.reviewed() ? "Reviewed · open" : "Review");
        link.setId("review-" + a.id().value());
        return link;
    }
}
