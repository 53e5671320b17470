package app.attune.web.ui;

import app.attune.web.security.CurrentUser;
import app.attune.web.ui.account.ChangePasswordView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;

/** People with a one-time password must choose their own before they can go anywhere else. */
class PasswordChangeGate implements BeforeEnterListener {
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean mustChange = CurrentUser.get().map(u -> u.mustChangePassword()).orElse(false);
        Class<?> target = event.getNavigationTarget();
        if (mustChange && target != ChangePasswordView.class && target != LoginView.class && !event.isErrorEvent()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
