package app.attune.web.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.web.security.CurrentUser;
import app.attune.web.testing.KaribuTest;
import app.attune.web.ui.HomeView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;

class ChangePasswordViewTest extends KaribuTest {

    @Test
    void a_person_with_a_one_time_password_is_sent_to_choose_one_and_then_goes_home() {
        String name = "onetime-" + System.nanoTime();
        service(AccountService.class).create(new NewAccount(name, "One Time", null, Role.TRAINEE, "one-time-pw", true));
        signInAs(name);
        navigate("");
        assertThat(current()).isInstanceOf(ChangePasswordView.class);

        _get(PasswordField.class, s -> s.withId("current-password")).setValue("one-time-pw");
        _get(PasswordField.class, s -> s.withId("new-password")).setValue("my-own-password");
        _get(PasswordField.class, s -> s.withId("repeat-password")).setValue("my-own-password-typo");
        ButtonKt._click(_get(Button.class, s -> s.withId("save-password")));
        assertThat(_get(ChangePasswordView.class).message()).isEqualTo("The two new passwords differ.");

        _get(PasswordField.class, s -> s.withId("repeat-password")).setValue("my-own-password");
        ButtonKt._click(_get(Button.class, s -> s.withId("save-password")));
        assertThat(current()).isInstanceOf(HomeView.class);
        assertThat(CurrentUser.require().mustChangePassword()).isFalse();
    }

    @Test
    void people_without_a_one_time_password_are_not_stopped() {
        signInAs("trainee");
        navigate("");
        assertThat(current()).isInstanceOf(HomeView.class);
    }

    private static Object current() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
