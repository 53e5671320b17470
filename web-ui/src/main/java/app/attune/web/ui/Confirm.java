package app.attune.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One question before an action that cannot be taken back (ending a conversation, deleting an
 * attempt, archiving a cohort, switching an account off). The buttons get the ids
 * {@code confirm-<id>} and {@code cancel-<id>}, which tests and assistive technology rely on.
 */
public final class Confirm {

    private final Dialog dialog = new Dialog();
    private final String id;
    private String yesLabel = "Confirm";
    private String noLabel = "Cancel";
    private boolean destructive;

    private Confirm(String id, String title) {
        this.id = id;
        dialog.setId("confirm-" + id + "-dialog");
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(32rem, 95vw)");
    }

    /** A question titled {@code title}; {@code id} names its buttons. */
    public static Confirm ask(String id, String title) {
        return new Confirm(id, title);
    }

    public Confirm explain(String text) {
        return explain(new Paragraph(text));
    }

    public Confirm explain(Component body) {
        dialog.add(body);
        return this;
    }

    public Confirm yes(String label) {
        this.yesLabel = label;
        return this;
    }

    public Confirm no(String label) {
        this.noLabel = label;
        return this;
    }

    /** The yes button in the error colour: the action deletes or takes something away. */
    public Confirm destructive() {
        this.destructive = true;
        return this;
    }

    /** Opens the dialog; {@code action} runs after it closed, only on yes. */
    public void then(Runnable action) {
        Button yes = new Button(yesLabel, e -> {
            dialog.close();
            action.run();
        });
        yes.setId("confirm-" + id);
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button no = new Button(noLabel, e -> dialog.close());
        no.setId("cancel-" + id);
        dialog.getFooter().add(no, yes);
        dialog.open();
    }
}
