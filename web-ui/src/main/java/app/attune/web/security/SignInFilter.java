package app.attune.web.security;

import app.attune.core.account.AccountService;
import app.attune.core.account.SignInResult;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Takes the login form's POST to /login: checks the password, renews the session id (against
 * session fixation) and redirects. A plain form post keeps the password out of Vaadin's UI state
 * and lets browsers offer to save it.
 */
public class SignInFilter implements Filter {
    private final AccountService accounts;

    public SignInFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"POST".equals(request.getMethod())
                || !"/login".equals(request.getServletPath() + nullToEmpty(request.getPathInfo()))) {
            chain.doFilter(req, res);
            return;
        }
        request.setCharacterEncoding("UTF-8");
        SignInResult result = accounts.signIn(request.getParameter("username"), request.getParameter("password"));
        String context = request.getContextPath();
        switch (result) {
            case SignInResult.SignedIn signedIn -> {
                HttpSession session = request.getSession(true);
                request.changeSessionId();
                session = request.getSession();
                session.setAttribute(CurrentUser.SESSION_ATTRIBUTE, SignedInUser.of(signedIn.account()));
                response.sendRedirect(context + "/");
            }
            case SignInResult.Rejected rejected -> response.sendRedirect(context + "/login?error");
            case SignInResult.Throttled throttled ->
                response.sendRedirect(context + "/login?wait="
                        + Math.max(1, throttled.retryAfter().toSeconds()));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
