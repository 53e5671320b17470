package app.attune.web.ui.review;

import app.attune.core.practice.FeedbackReport;
import app.attune.core.review.TurnComment;
import app.attune.web.ui.practice.AnnotatedTranscript;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The annotated transcript the trainee sees, with each turn's comments under it and, for the
 * trainee's facilitator, a box to add one.
 */
class ReviewTranscript extends Div {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    /** Saves a comment; returns a problem to show, or empty when saved. */
    interface CommentAction {
        Optional<String> add(int turn, String text);
    }

    ReviewTranscript(
            FeedbackReport report,
            String trainee,
            List<TurnComment> comments,
            boolean canReview,
            CommentAction action) {
        addClassName("review-transcript");
        add(new AnnotatedTranscript(report, trainee, (turn, slot) -> {
            int number = turn.number();
            Div thread = new Div();
            thread.addClassName("review-comments");
            thread.setId("comments-" + number);
            comments.stream().filter(c -> c.turn() == number).forEach(c -> {
                Paragraph p = new Paragraph(c.author() + " · " + WHEN.format(c.at()) + ": " + c.body());
                p.addClassName("review-comment");
                thread.add(p);
            });
            slot.add(thread);
            if (canReview) {
                slot.add(commentBox(number, action));
            }
        }));
    }

    static final String EMPTY_COMMENT = "Write your comment first: it is empty.";

    private static Div commentBox(int number, CommentAction action) {
        TextArea text = new TextArea();
        text.setId("comment-text-" + number);
        text.setPlaceholder("Comment on turn " + number + " (the trainee sees it on their report)");
        text.setAriaLabel("Comment on turn " + number);
        text.setMaxLength(2000);
        text.setWidthFull();
        // this box sets its error itself, next to the text; typing clears it
        text.setManualValidation(true);
        text.addValueChangeListener(e -> text.setInvalid(false));
        Paragraph problem = new Paragraph();
        problem.addClassName("attune-problem");
        problem.setId("comment-problem-" + number);
        problem.setVisible(false);
        Button add = new Button("Add comment", e -> {
            problem.setVisible(false);
            if (text.getValue().isBlank()) {
                SkillReviewPanel.showError(text, EMPTY_COMMENT);
                return;
            }
            action.add(number, text.getValue()).ifPresent(p -> {
                problem.setText(p);
                problem.setVisible(true);
            });
        });
        add.setId("comment-add-" + number);
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div box = new Div(text, add, problem);
        box.addClassName("review-comment-box");
        return box;
    }
}
