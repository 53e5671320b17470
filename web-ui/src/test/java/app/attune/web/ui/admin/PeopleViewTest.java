package app.attune.web.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Person;
import app.attune.core.account.Role;
import app.attune.core.account.SignInResult;
import app.attune.web.testing.KaribuTest;
import app.attune.web.ui.AccessDeniedView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PeopleViewTest extends KaribuTest {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Account admin;

    @BeforeEach
    void signInAsAFreshAdministrator() {
        // an administrator of its own, so demoting or switching off never touches the demo accounts
        admin = person(Role.ADMIN, "admin-password");
        signInAs(admin.username());
        navigate("admin/people");
        assertThat(currentView()).isInstanceOf(PeopleView.class);
    }

    @Test
    void the_grid_lists_everyone_with_role_and_status_and_marks_the_administrator_themself() {
        Account newcomer = accounts()
                .create(new NewAccount(
                        "pv-new-" + NEXT.incrementAndGet(), "Nina Newcomer", null, Role.TRAINEE, "one-time-pw", true));
        navigate("admin/people");
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(6);

        search(newcomer.username());
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(status(0)).isEqualTo("Must change password");
        assertThat(role(0).getValue()).isEqualTo(Role.TRAINEE);
        assertThat(role(0).getId()).contains("role-" + newcomer.id().value());

        search(admin.username());
        assertThat(GridKt._getFormatted(grid(), 0, "name")).isEqualTo(admin.displayName() + " (you)");
        assertThat(status(0)).isEqualTo("Active");
    }

    @Test
    void the_search_box_filters_by_name_ignoring_case() {
        int n = NEXT.incrementAndGet();
        person(Role.TRAINEE, "password-1", "Ottoline Searchable" + n);
        person(Role.FACILITATOR, "password-1", "Otto Searchable" + n);
        search("searchable" + n);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        search("OTTOLINE searchable" + n);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).displayName()).isEqualTo("Ottoline Searchable" + n);
        search("nobody is called this");
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void an_administrator_changes_a_role_in_the_row() {
        Account trainee = person(Role.TRAINEE, "password-1");
        search(trainee.username());
        role(0).setValue(Role.FACILITATOR);
        assertThat(message()).isEqualTo(trainee.displayName() + " is now a facilitator.");
        assertThat(accounts().findByUsername(trainee.username()).orElseThrow().role())
                .isEqualTo(Role.FACILITATOR);
        assertThat(role(0).getValue()).isEqualTo(Role.FACILITATOR);

        role(0).setValue(Role.ADMIN);
        assertThat(message()).isEqualTo(trainee.displayName() + " is now an administrator.");
    }

    @Test
    void an_administrator_cannot_demote_themself_and_is_told_why() {
        search(admin.username());
        role(0).setValue(Role.TRAINEE);
        assertThat(message()).startsWith("You cannot change your own role.");
        assertThat(role(0).getValue()).isEqualTo(Role.ADMIN);
        assertThat(accounts().findByUsername(admin.username()).orElseThrow().role())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    void a_reset_shows_the_one_time_password_once_and_the_person_signs_in_with_it() {
        Account trainee = person(Role.TRAINEE, "old-password");
        search(trainee.username());
        click(action(0, "reset-" + trainee.id().value()));
        assertThat(_find(TextField.class, s -> s.withId("one-time-password"))).isEmpty();
        click(_get(Button.class, s -> s.withId("confirm-reset")));

        TextField shown = _get(TextField.class, s -> s.withId("one-time-password"));
        String password = shown.getValue();
        assertThat(password).hasSize(12);
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(shown.getClassNames()).contains("people-one-time-password");
        assertThat(shown.getLabel()).contains("One-time password").contains(trainee.username());
        assertThat(_get(Paragraph.class, s -> s.withId("one-time-password-note"))
                        .getText())
                .startsWith("Shown only once");
        assertThat(status(0)).isEqualTo("Must change password");

        SignInResult result = accounts().signIn(trainee.username(), password);
        assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(((SignInResult.SignedIn) result).account().mustChangePassword())
                .isTrue();
        assertThat(accounts().signIn(trainee.username(), "old-password")).isInstanceOf(SignInResult.Rejected.class);

        click(_get(Button.class, s -> s.withId("close-password")));
        assertThat(_find(TextField.class, s -> s.withId("one-time-password"))).isEmpty();
    }

    @Test
    void cancelling_a_reset_changes_nothing() {
        Account trainee = person(Role.TRAINEE, "kept-password");
        search(trainee.username());
        click(action(0, "reset-" + trainee.id().value()));
        click(_get(Button.class, s -> s.withId("cancel-reset")));
        assertThat(_find(TextField.class, s -> s.withId("one-time-password"))).isEmpty();
        assertThat(accounts().signIn(trainee.username(), "kept-password")).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void switching_off_asks_first_and_the_account_cannot_sign_in_until_switched_on() {
        Account lead = person(Role.PROGRAM_LEAD, "leads-password");
        long id = lead.id().value();
        search(lead.username());

        click(action(0, "deactivate-" + id));
        click(_get(Button.class, s -> s.withId("cancel-deactivate")));
        assertThat(status(0)).isEqualTo("Active");

        click(action(0, "deactivate-" + id));
        click(_get(Button.class, s -> s.withId("confirm-deactivate")));
        assertThat(message()).isEqualTo(lead.displayName() + " is switched off.");
        assertThat(status(0)).isEqualTo("Switched off");
        assertThat(accounts().signIn(lead.username(), "leads-password")).isEqualTo(new SignInResult.Rejected());

        click(action(0, "reactivate-" + id));
        click(_get(Button.class, s -> s.withId("confirm-reactivate")));
        assertThat(status(0)).isEqualTo("Active");
        assertThat(accounts().signIn(lead.username(), "leads-password")).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void an_administrator_cannot_switch_themself_off_and_is_told_why() {
        search(admin.username());
        click(action(0, "deactivate-" + admin.id().value()));
        click(_get(Button.class, s -> s.withId("confirm-deactivate")));
        assertThat(message()).startsWith("You cannot switch off your own account.");
        assertThat(status(0)).isEqualTo("Active");
    }

    @Test
    void adding_a_person_shows_their_one_time_password_and_a_taken_user_name_is_refused() {
        String email = "pv.added" + NEXT.incrementAndGet() + "@example.org";
        _get(TextField.class, s -> s.withId("new-person-name")).setValue("Ada Added");
        _get(TextField.class, s -> s.withId("new-person-username")).setValue(email);
        @SuppressWarnings("unchecked")
        Select<Role> newRole = _get(Select.class, s -> s.withId("new-person-role"));
        assertThat(newRole.getValue()).isEqualTo(Role.TRAINEE);
        newRole.setValue(Role.FACILITATOR);
        click(_get(Button.class, s -> s.withId("add-person")));

        assertThat(message()).isEqualTo("Ada Added was added as a facilitator.");
        String password =
                _get(TextField.class, s -> s.withId("one-time-password")).getValue();
        Account added = accounts().findByUsername(email).orElseThrow();
        assertThat(added.role()).isEqualTo(Role.FACILITATOR);
        assertThat(added.email()).isEqualTo(email);
        assertThat(accounts().signIn(email, password)).isInstanceOf(SignInResult.SignedIn.class);
        click(_get(Button.class, s -> s.withId("close-password")));
        assertThat(_get(TextField.class, s -> s.withId("new-person-name")).getValue())
                .isEmpty();

        _get(TextField.class, s -> s.withId("new-person-name")).setValue("Ada Again");
        _get(TextField.class, s -> s.withId("new-person-username")).setValue(email);
        click(_get(Button.class, s -> s.withId("add-person")));
        assertThat(message()).isEqualTo("The user name '" + email + "' is already taken.");
        assertThat(_find(TextField.class, s -> s.withId("one-time-password"))).isEmpty();

        _get(TextField.class, s -> s.withId("new-person-name")).setValue("");
        _get(TextField.class, s -> s.withId("new-person-username")).setValue("someone-new");
        click(_get(Button.class, s -> s.withId("add-person")));
        assertThat(message()).isEqualTo("Name must be 1 to 200 characters.");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"TRAINEE", "FACILITATOR", "PROGRAM_LEAD"})
    void other_roles_are_refused_the_people_page_by_direct_address(Role role) {
        signInAs(demoUser(role));
        navigate("admin/people");
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(Grid.class, s -> s.withId("people-grid"))).isEmpty();
    }

    private Account person(Role role, String password) {
        return person(role, password, "Pat Person" + NEXT.incrementAndGet());
    }

    private Account person(Role role, String password, String name) {
        int n = NEXT.incrementAndGet();
        return accounts()
                .create(new NewAccount(
                        "pv-" + role.name().toLowerCase() + "-" + n + "-" + System.nanoTime(),
                        name,
                        null,
                        role,
                        password,
                        false));
    }

    private static AccountService accounts() {
        return service(AccountService.class);
    }

    private static void search(String text) {
        _get(TextField.class, s -> s.withId("people-search")).setValue(text);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Person> grid() {
        return _get(Grid.class, s -> s.withId("people-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> role(int row) {
        return (Select<Role>) GridKt._getCellComponent(grid(), row, "role");
    }

    private static String status(int row) {
        return ((Span) GridKt._getCellComponent(grid(), row, "status")).getText();
    }

    private static Button action(int row, String id) {
        Component cell = GridKt._getCellComponent(grid(), row, "actions");
        return _get(cell, Button.class, s -> s.withId(id));
    }

    private static void click(Button button) {
        ButtonKt._click(button);
    }

    private static String message() {
        return _get(PeopleView.class).message();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
