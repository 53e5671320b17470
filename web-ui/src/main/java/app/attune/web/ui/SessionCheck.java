package app.attune.web.ui;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.SignedInUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Optional;

/**
 * Runs first on every navigation: the signed-in person must still have an active account whose
 * password was not reset or changed elsewhere since they signed in; otherwise they are signed out
 * and sent to the login page. Their role and must-change flag are refreshed from the account, so a
 * role an administrator changed counts from the next page on (access control reads the session).
 *
 * <p>Between navigations a page stays open. Cohort, review, insights and people services read the
 * actor's account from the database and refuse a switched-off person; a trainee's open conversation
 * keeps taking turns until the next navigation (docs/decisions/004-people-and-sessions.md).
 */
class SessionCheck implements BeforeEnterListener {
    static final String ENDED = "ended";

    private final AccountService accounts;

    SessionCheck(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return;
        }
        Optional<Account> now = accounts.confirmSession(user.userId(), user.sessionVersion());
        if (now.isEmpty()) {
            CurrentUser.forget();
            event.forwardTo(LoginView.class, QueryParameters.simple(Map.of(ENDED, "")));
            return;
        }
        SignedInUser fresh = SignedInUser.of(now.get());
        if (!fresh.equals(user)) {
            CurrentUser.update(fresh);
        }
    }
}
