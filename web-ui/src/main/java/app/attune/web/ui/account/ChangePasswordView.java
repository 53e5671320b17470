package app.attune.web.ui.account;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

/** Choose a new password; the first stop for people whose account was imported with a one-time password. */
@Route("account/password")
@PageTitle("Change password · Attune")
@PermitAll
@Prototype
public class ChangePasswordView extends VerticalLayout {
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");
    private final Paragraph message = new Paragraph();

    public ChangePasswordView(AccountService accounts) {
        addClassName("attune-page");
        SignedInUser user = CurrentUser.require();
        H1 title = new H1("Choose your password");
        Paragraph intro = new Paragraph(
                user.mustChangePassword()
                        ? "Your account was set up with a one-time password. Choose your own to continue."
                        : "Change the password you sign in with.");
        current.setId("current-password");
        replacement.setId("new-password");
        replacement.setHelperText("At least 10 characters.");
        repeat.setId("repeat-password");
        message.setId("password-message");
        message.addClassName("attune-form-message");
        Button save = new Button("Save password", e -> save(accounts, user));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, intro, current, replacement, repeat, message, save);
    }

    private void save(AccountService accounts, SignedInUser user) {
        if (!replacement.getValue().equals(repeat.getValue())) {
            message.setText("The two new passwords differ.");
            return;
        }
        try {
            Account updated = accounts.changePassword(user.userId(), current.getValue(), replacement.getValue());
            CurrentUser.update(SignedInUser.of(updated));
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
    }

    String message() {
        return message.getText();
    }
}
