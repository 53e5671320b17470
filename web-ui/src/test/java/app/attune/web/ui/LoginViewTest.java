package app.attune.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.web.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void the_form_posts_to_the_sign_in_endpoint_and_shows_no_error_at_first() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(_get(LoginView.class).errorMessage()).isEmpty();
    }

    @Test
    void a_failed_attempt_shows_one_generic_message() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(_get(LoginView.class).errorMessage()).isEqualTo("Wrong user name or password.");
    }

    @Test
    void a_throttled_attempt_says_how_long_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("wait", "8")));
        assertThat(_get(LoginView.class).errorMessage())
                .isEqualTo("Too many failed attempts. Wait 8 seconds and try again.");
    }

    @Test
    void a_session_ended_by_an_account_change_says_so() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("ended", "")));
        assertThat(_get(LoginView.class).errorMessage())
                .isEqualTo("You were signed out because your account was changed. Sign in again.");
    }

    @Test
    void a_signed_in_person_opening_login_goes_home() {
        signInAs("facilitator");
        navigate("login");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(HomeView.class);
    }
}
