package app.attune.web.ui.cohort;

import app.attune.core.cohort.ImportResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The accounts an enrolment just created, with their one-time passwords: shown once, under a heading
 * that says so, in a grid and as copyable "name, user, password" lines.
 */
class CreatedAccounts extends Div {
    private final Grid<ImportResult.NewTrainee> grid = new Grid<>();
    private final TextArea lines = new TextArea("All new accounts (name, user name, password)");
    private final Paragraph copied = new Paragraph();

    CreatedAccounts() {
        setId("created-section");
        addClassName("created-accounts");
        H3 heading = new H3("One-time passwords");
        heading.setId("created-heading");
        Paragraph note = new Paragraph("Shown only this once: nobody can see these passwords again. Give each new"
                + " trainee their user name and password privately; they must choose a new password when they"
                + " first sign in.");
        note.setId("created-note");
        note.addClassName("attune-muted");

        grid.setId("created-accounts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ImportResult.NewTrainee::name).setHeader("New trainee").setAutoWidth(true);
        grid.addColumn(ImportResult.NewTrainee::email).setHeader("User name").setAutoWidth(true);
        grid.addComponentColumn(t -> {
                    Span password = new Span(t.temporaryPassword());
                    password.setId("password-" + t.email());
                    password.addClassName("attune-code");
                    return password;
                })
                .setHeader("One-time password")
                .setKey("password")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);

        lines.setId("created-text");
        lines.addClassName("attune-code-input");
        lines.setReadOnly(true);
        lines.setWidthFull();
        Button copy = new Button("Copy all", e -> copy());
        copy.setId("copy-passwords");
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copied.setId("copy-result");
        copied.addClassName("attune-muted");
        add(heading, note, grid, lines, copy, copied);
        setVisible(false);
    }

    void show(List<ImportResult.NewTrainee> created) {
        grid.setItems(created);
        lines.setValue(text(created));
        copied.setText("");
        setVisible(!created.isEmpty());
    }

    void clear() {
        show(List.of());
    }

    /** One line per new account: "name, user name, password". */
    static String text(List<ImportResult.NewTrainee> created) {
        return created.stream()
                .map(t -> t.name() + ", " + t.email() + ", " + t.temporaryPassword())
                .collect(Collectors.joining("\n"));
    }

    String lines() {
        return lines.getValue();
    }

    private void copy() {
        // the clipboard needs a secure context (https or localhost); otherwise say how to copy by hand
        getElement()
                .executeJs(
                        "if (navigator.clipboard && window.isSecureContext) {"
                                + " return navigator.clipboard.writeText($0).then(() => true, () => false); }"
                                + " return false;",
                        lines.getValue())
                .then(
                        Boolean.class,
                        ok -> copied.setText(
                                ok ? "Copied to the clipboard." : "Select the lines above and copy them (Ctrl+C)."),
                        error -> copied.setText("Select the lines above and copy them (Ctrl+C)."));
    }
}
