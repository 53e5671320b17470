package app.attune.web.ui.admin;

import app.attune.core.account.OneTimePassword;
import app.attune.core.account.PeopleRefused;
import app.attune.core.account.PeopleService;
import app.attune.core.account.Person;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import app.attune.web.ui.Confirm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Administrators manage everyone with an account: find people by name, change a role, give someone a
 * new one-time password, switch an account off and on, add a person. The service decides what is
 * allowed; this view shows its answer, refusals included, in the message line above the grid.
 */
@Route("admin/people")
@PageTitle("People · Attune")
@RolesAllowed(Roles.ADMIN)
@Prototype
public class PeopleView extends VerticalLayout {
    private final PeopleService people;
    private final UserId me;
    private final Paragraph message = new Paragraph();
    private final TextField search = new TextField("Search");
    private final Grid<Person> grid = new Grid<>();
    private final TextField newName = new TextField("Name");
    private final TextField newUsername = new TextField("User name or email");
    private final Select<Role> newRole = new Select<>();

    public PeopleView(PeopleService people) {
        this.people = people;
        this.me = CurrentUser.require().userId();
        addClassNames("attune-page", "people-page");
        setSizeFull();

        message.setId("people-message");
        message.addClassName("attune-form-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);

        search.setId("people-search");
        search.setPlaceholder("Name, user name or email");
        search.setClearButtonVisible(true);
        search.setWidth("min(24rem, 100%)");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        grid.setId("people-grid");
        // fixed widths: auto width is measured before the component columns have rendered
        grid.addColumn(p -> p.displayName() + (p.id().equals(me) ? " (you)" : ""))
                .setKey("name")
                .setHeader("Name")
                .setSortable(true)
                .setWidth("11rem")
                .setFlexGrow(2);
        grid.addColumn(Person::username)
                .setKey("username")
                .setHeader("User name")
                .setSortable(true)
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(p -> p.email() == null ? "" : p.email())
                .setKey("email")
                .setHeader("Email")
                .setWidth("11rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect)
                .setKey("role")
                .setHeader("Role")
                .setComparator(Person::role)
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addComponentColumn(PeopleView::statusBadge)
                .setKey("status")
                .setHeader("Status")
                .setComparator(Person::status)
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader("Actions")
                .setWidth("13rem")
                .setFlexGrow(0);

        add(
                new H1("People"),
                new Paragraph("Everyone with an account. Change a role in its column; a reset gives the person a"
                        + " new one-time password; a switched-off account cannot sign in and can be switched on"
                        + " again. Nothing is deleted."),
                message,
                search,
                grid,
                addForm());
        refresh();
    }

    private Component addForm() {
        newName.setId("new-person-name");
        newName.setMaxLength(200);
        newUsername.setId("new-person-username");
        newUsername.setMaxLength(100);
        newUsername.setHelperText("With an @ it is also their email.");
        newRole.setId("new-person-role");
        newRole.setLabel("Role");
        newRole.setItems(Role.values());
        newRole.setItemLabelGenerator(Role::title);
        newRole.setValue(Role.TRAINEE);
        Button add = new Button("Add person", e -> addPerson());
        add.setId("add-person");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(newName, newUsername, newRole, add);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        Div form = new Div(
                new H2("Add a person"),
                new Paragraph("They get a one-time password, shown to you once, and choose their own when they"
                        + " first sign in."),
                fields);
        form.setId("add-person-form");
        return form;
    }

    private void refresh() {
        try {
            List<Person> found = people.people(me, search.getValue());
            grid.setItems(found);
        } catch (PeopleRefused e) {
            grid.setItems(List.of());
            say(e.getMessage());
        }
    }

    private Component roleSelect(Person person) {
        Select<Role> select = new Select<>();
        select.setId("role-" + person.id().value());
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::title);
        select.setValue(person.role());
        select.setWidthFull();
        select.setAriaLabel("Role of " + person.displayName());
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
        select.addValueChangeListener(e -> {
            if (e.getValue() == null || e.getValue() == person.role()) {
                return;
            }
            boolean changed = act(() -> {
                Person updated = people.changeRole(me, person.id(), e.getValue());
                return updated.displayName() + " is now " + article(updated.role()) + ".";
            });
            if (!changed) {
                select.setValue(person.role());
            }
        });
        return select;
    }

    private static Component statusBadge(Person person) {
        Span badge = new Span(person.status().title());
        badge.setId("status-" + person.id().value());
        badge.getElement()
                .getThemeList()
                .add(
                        switch (person.status()) {
                            case ACTIVE -> "badge success";
                            case SWITCHED_OFF -> "badge error";
                            case MUST_CHANGE_PASSWORD -> "badge contrast";
                        });
        return badge;
    }

    private Component actions(Person person) {
        long id = person.id().value();
        Button reset = new Button("Reset password", e -> confirmReset(person));
        reset.setId("reset-" + id);
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.setAriaLabel("Reset the password of " + person.displayName());
        Button toggle;
        if (person.active()) {
            toggle = new Button("Switch off", e -> confirmSwitchOff(person));
            toggle.setId("deactivate-" + id);
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            toggle.setAriaLabel("Switch off the account of " + person.displayName());
        } else {
            toggle = new Button("Switch on", e -> confirmSwitchOn(person));
            toggle.setId("reactivate-" + id);
            toggle.setAriaLabel("Switch on the account of " + person.displayName());
        }
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout cell = new HorizontalLayout(reset, toggle);
        cell.setSpacing(false);
        return cell;
    }

    private void confirmReset(Person person) {
        confirm(
                "Reset the password of " + person.displayName() + "?",
                "Their current password stops working and any page they have open signs them out. You will see"
                        + " a one-time password to give them; they choose their own when they sign in.",
                "Reset password",
                "reset",
                () -> {
                    OneTimePassword issued = people.resetPassword(me, person.id());
                    showPassword(issued);
                    return "New one-time password for " + issued.person().displayName() + ".";
                });
    }

    private void confirmSwitchOff(Person person) {
        confirm(
                "Switch off the account of " + person.displayName() + "?",
                "They can no longer sign in, and a page they have open signs them out. Their work stays; you"
                        + " can switch the account on again.",
                "Switch off",
                "deactivate",
                () -> people.deactivate(me, person.id()).displayName() + " is switched off.");
    }

    private void confirmSwitchOn(Person person) {
        confirm(
                "Switch on the account of " + person.displayName() + "?",
                "They can sign in again with the password they had.",
                "Switch on",
                "reactivate",
                () -> people.reactivate(me, person.id()).displayName() + " is switched on again.");
    }

    private void confirm(String title, String text, String action, String idPart, Supplier<String> change) {
        Confirm question = Confirm.ask(idPart, title).explain(text).yes(action);
        if (!"reactivate".equals(idPart)) {
            question.destructive();
        }
        question.then(() -> act(change));
    }

    private void addPerson() {
        act(() -> {
            OneTimePassword issued = people.add(me, newName.getValue(), newUsername.getValue(), newRole.getValue());
            newName.clear();
            newUsername.clear();
            newRole.setValue(Role.TRAINEE);
            showPassword(issued);
            return issued.person().displayName() + " was added as "
                    + article(issued.person().role()) + ".";
        });
    }

    /**
     * Shows a one-time password in a dialog, the only place it ever appears: it is not stored in
     * clear, so closing the dialog loses it (a new reset makes another).
     */
    private void showPassword(OneTimePassword issued) {
        Dialog dialog = new Dialog();
        dialog.setId("one-time-password-dialog");
        dialog.setHeaderTitle("One-time password for " + issued.person().displayName());
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("min(40rem, 95vw)");
        TextField field = new TextField(
                "One-time password for user name " + issued.person().username());
        field.setId("one-time-password");
        field.setValue(issued.password());
        field.setReadOnly(true);
        field.addClassName("people-one-time-password");
        field.setWidthFull();
        field.addFocusListener(e -> field.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button("Copy", VaadinIcon.COPY_O.create(), e -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", issued.password());
            say("Copied the one-time password of " + issued.person().displayName() + ".");
        });
        copy.setId("copy-password");
        Paragraph note = new Paragraph("Shown only once: copy it now and give it to "
                + issued.person().displayName()
                + " in person or through a channel only they read. Attune does not keep it, so after you"
                + " close this box only a new reset gives another. They must choose their own password when"
                + " they sign in.");
        note.setId("one-time-password-note");
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        dialog.add(row, note);
        Button done = new Button("Done", e -> dialog.close());
        done.setId("close-password");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }

    /** Runs a change, shows its outcome or refusal, and reloads the grid; true when it went through. */
    private boolean act(Supplier<String> change) {
        try {
            say(change.get());
            refresh();
            return true;
        } catch (PeopleRefused | IllegalArgumentException e) {
            say(e.getMessage());
            refresh();
            return false;
        }
    }

    private void say(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
    }

    String message() {
        return message.getText();
    }

    private static String article(Role role) {
        String lower = role.title().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }
}
