package app.attune.web.ui;

import app.attune.web.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;

/**
 * Sign-in page. The form posts to /login (handled by the sign-in filter), which redirects back here
 * with {@code ?error} or {@code ?wait=N}. One message for a wrong user name or password (and for a
 * switched-off account), so it reveals neither. The session check sends here with {@code ?ended}.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Attune")
@AnonymousAllowed
@Prototype
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    private static final String COULD_NOT_SIGN_IN = "Could not sign in";
    static final String WRONG_CREDENTIALS = "Wrong user name or password.";
    static final String SESSION_ENDED = "You were signed out because your account was changed. Sign in again.";

    private final LoginForm form = new LoginForm();
    private String errorMessage = "";

    public LoginView() {
        addClassName("attune-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1("Attune");
        title.addClassName("attune-login-title");
        Paragraph tagline = new Paragraph("A practice studio where leaders learn to coach their peers.");
        tagline.addClassName("attune-login-tagline");

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(COULD_NOT_SIGN_IN, WRONG_CREDENTIALS));
        Div card = new Div(title, tagline, form);
        card.addClassName("attune-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent()) {
            event.forwardTo(HomeView.class);
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        if (query.getParameters().containsKey("wait")) {
            String seconds = query.getSingleParameter("wait").orElse("a few").replaceAll("[^0-9]", "");
            showError(
                    COULD_NOT_SIGN_IN,
                    "Too many failed attempts. Wait " + (seconds.isEmpty() ? "a few" : seconds)
                            + " seconds and try again.");
        } else if (query.getParameters().containsKey("error")) {
            showError(COULD_NOT_SIGN_IN, WRONG_CREDENTIALS);
        } else if (query.getParameters().containsKey(SessionCheck.ENDED)) {
            showError("Signed out", SESSION_ENDED);
        }
    }

    private void showError(String title, String message) {
        errorMessage = message;
        form.setI18n(i18n(title, message));
        form.setError(true);
    }

    /** The message shown for the last failed attempt (empty when none). */
    String errorMessage() {
        return errorMessage;
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("User name");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
