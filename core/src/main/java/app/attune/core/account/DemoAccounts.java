package app.attune.core.account;

import jakarta.inject.Singleton;
import java.util.List;

/**
 * One account per role so a newcomer can try every part of Attune. Only created on the embedded
 * database, or when an operator asks for them explicitly (ATTUNE_DEMO_ACCOUNTS=true).
 */
@Singleton
public class DemoAccounts {
    public static final String PASSWORD = "attune-demo";

    static final List<NewAccount> ACCOUNTS = List.of(
            new NewAccount("trainee", "Tara Quinn", "trainee@attune.example", Role.TRAINEE, PASSWORD, false),
            new NewAccount(
                    "facilitator", "Felix Moreau", "facilitator@attune.example", Role.FACILITATOR, PASSWORD, false),
            new NewAccount("lead", "Leah Okafor", "lead@attune.example", Role.PROGRAM_LEAD, PASSWORD, false),
            new NewAccount("admin", "Adam Reyes", "admin@attune.example", Role.ADMIN, PASSWORD, false));

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Creates the demo accounts that are missing; leaves existing ones (and their passwords) alone. */
    public void ensurePresent() {
        for (NewAccount account : ACCOUNTS) {
            if (accounts.findByUsername(account.username()).isEmpty()) {
                accounts.create(account);
            }
        }
    }
}
