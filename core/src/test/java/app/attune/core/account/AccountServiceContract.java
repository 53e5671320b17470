package app.attune.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.testing.MutableClock;
import app.attune.core.testing.Platforms;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sign-in and account rules; run once on H2 and once on the MySQL-protocol server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountServiceContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    private AttunePlatform platform;
    private AccountService accounts;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        platform = Platforms.start(database().withDemoAccounts(true), clock);
        accounts = platform.service(AccountService.class);
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void demo_accounts_exist_one_per_role_and_sign_in_with_the_demo_password() {
        for (var expected : DemoAccounts.ACCOUNTS) {
            SignInResult result = accounts.signIn(expected.username(), DemoAccounts.PASSWORD);
            assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
            Account account = ((SignInResult.SignedIn) result).account();
            assertThat(account.role()).isEqualTo(expected.role());
            assertThat(account.displayName()).isEqualTo(expected.displayName());
        }
    }

    @Test
    void seeding_twice_creates_no_duplicates() {
        long before = accounts.count();
        platform.service(DemoAccounts.class).ensurePresent();
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void user_names_are_matched_without_regard_to_case_or_surrounding_spaces() {
        assertThat(accounts.signIn("  Trainee ", DemoAccounts.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_rejection() {
        assertThat(accounts.signIn("lead", "not-the-password")).isEqualTo(new SignInResult.Rejected());
        assertThat(accounts.signIn("nobody-here", "whatever1")).isEqualTo(new SignInResult.Rejected());
        accounts.signIn("lead", DemoAccounts.PASSWORD); // reset the throttle for other tests
    }

    @Test
    void passwords_are_stored_as_salted_slow_hashes_not_as_text() {
        Account a =
                accounts.create(new NewAccount("hash-check", "Hash Check", null, Role.TRAINEE, "correct horse", false));
        Account b = accounts.create(
                new NewAccount("hash-check2", "Hash Check", null, Role.TRAINEE, "correct horse", false));
        UserRepository repo = platform.service(UserRepository.class);
        String ha = repo.findById(a.id().value()).orElseThrow().passwordHash();
        String hb = repo.findById(b.id().value()).orElseThrow().passwordHash();
        assertThat(ha).startsWith("$2").doesNotContain("correct horse");
        assertThat(ha).isNotEqualTo(hb);
    }

    @Test
    void repeated_failures_for_one_account_are_slowed_down_and_a_success_clears_them() {
        accounts.create(new NewAccount("throttled", "Throttled Person", null, Role.TRAINEE, "right-password", false));
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(accounts.signIn("throttled", "wrong-" + i)).isInstanceOf(SignInResult.Rejected.class);
        }
        // even the right password must wait now: nothing is checked during the pause
        assertThat(accounts.signIn("throttled", "right-password")).isInstanceOf(SignInResult.Throttled.class);
        clock.advance(Duration.ofSeconds(2));
        assertThat(accounts.signIn("throttled", "right-password")).isInstanceOf(SignInResult.SignedIn.class);
        // the count was cleared: one new failure does not throttle
        assertThat(accounts.signIn("throttled", "wrong")).isInstanceOf(SignInResult.Rejected.class);
        assertThat(accounts.signIn("throttled", "right-password")).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void unknown_user_names_are_throttled_like_known_ones() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            accounts.signIn("ghost", "x" + i);
        }
        assertThat(accounts.signIn("ghost", "y")).isInstanceOf(SignInResult.Throttled.class);
    }

    @Test
    void changing_a_password_needs_the_current_one_and_clears_the_must_change_flag() {
        Account a = accounts.create(new NewAccount("changer", "Chan Ger", null, Role.TRAINEE, "temporary1", true));
        assertThat(a.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> accounts.changePassword(a.id(), "wrong-one", "a-new-password"))
                .hasMessageContaining("current password");
        assertThatThrownBy(() -> accounts.changePassword(a.id(), "temporary1", "short"))
                .hasMessageContaining("at least 10");
        Account changed = accounts.changePassword(a.id(), "temporary1", "a-new-password");
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(accounts.signIn("changer", "a-new-password")).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(accounts.signIn("changer", "temporary1")).isInstanceOf(SignInResult.Rejected.class);
    }

    @Test
    void a_taken_user_name_is_refused_with_a_clear_message() {
        assertThatThrownBy(() ->
                        accounts.create(new NewAccount("trainee", "Someone", null, Role.TRAINEE, "password1", false)))
                .hasMessageContaining("already taken");
    }
}
