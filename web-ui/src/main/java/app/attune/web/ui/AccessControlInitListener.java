package app.attune.web.ui;

import app.attune.core.account.AccountService;
import app.attune.web.security.AttuneAccessControl;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.NavigationAccessControl;

/**
 * Guards every navigation with Vaadin's annotation-based access control: anonymous visitors go to
 * the login view, signed-in users without the role get the "not allowed" page. Before that, the
 * session check ends sessions whose account was switched off or had its password reset.
 */
public class AccessControlInitListener implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        NavigationAccessControl accessControl = new AttuneAccessControl();
        accessControl.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(ui -> {
            AccountService accounts = event.getSource().getInstantiator().getOrCreate(AccountService.class);
            // listeners run in the order added: the session check must update the user first
            ui.getUI().addBeforeEnterListener(new SessionCheck(accounts));
            ui.getUI().addBeforeEnterListener(accessControl);
            ui.getUI().addBeforeEnterListener(new PasswordChangeGate());
        });
    }
}
