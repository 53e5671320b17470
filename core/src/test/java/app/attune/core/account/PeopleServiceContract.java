package app.attune.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.testing.Platforms;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Administrators managing people, and what it does to sign-in; run on H2 and on the MySQL-protocol server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PeopleServiceContract {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private AttunePlatform platform;
    private PeopleService people;
    private AccountService accounts;
    private UserId admin;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        platform = Platforms.start(database().withDemoAccounts(true));
        people = platform.service(PeopleService.class);
        accounts = platform.service(AccountService.class);
        admin = accounts.findByUsername("admin").orElseThrow().id();
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void only_active_administrators_manage_people() {
        Account somebody = person(Role.TRAINEE, "password-1");
        Account retiredAdmin = person(Role.ADMIN, "password-1");
        people.deactivate(admin, retiredAdmin.id());
        for (String name : List.of("trainee", "facilitator", "lead")) {
            UserId actor = accounts.findByUsername(name).orElseThrow().id();
            assertRefused(actor, somebody.id());
        }
        assertRefused(retiredAdmin.id(), somebody.id());
        assertThat(accounts.findByUsername(somebody.username()).orElseThrow().role())
                .isEqualTo(Role.TRAINEE);
    }

    private void assertRefused(UserId actor, UserId target) {
        String only = PeopleService.ONLY_ADMINISTRATORS;
        assertThatThrownBy(() -> people.people(actor, ""))
                .isInstanceOf(PeopleRefused.class)
                .hasMessage(only);
        assertThatThrownBy(() -> people.add(actor, "New One", "new-one-" + NEXT.incrementAndGet(), Role.ADMIN))
                .isInstanceOf(PeopleRefused.class)
                .hasMessage(only);
        assertThatThrownBy(() -> people.changeRole(actor, target, Role.ADMIN))
                .isInstanceOf(PeopleRefused.class)
                .hasMessage(only);
        assertThatThrownBy(() -> people.resetPassword(actor, target))
                .isInstanceOf(PeopleRefused.class)
                .hasMessage(only);
        assertThatThrownBy(() -> people.deactivate(actor, target))
                .isInstanceOf(PeopleRefused.class)
                .hasMessage(only);
        assertThatThrownBy(() -> people.reactivate(actor, target))
                .isInstanceOf(PeopleRefused.class)
                .hasMessage(only);
    }

    @Test
    void an_added_person_signs_in_with_the_one_time_password_and_must_choose_their_own() {
        String email = "Noor.Haddad" + NEXT.incrementAndGet() + "@Example.org";
        OneTimePassword issued = people.add(admin, "  Noor Haddad ", email, Role.FACILITATOR);
        Person noor = issued.person();
        assertThat(noor.displayName()).isEqualTo("Noor Haddad");
        assertThat(noor.username()).isEqualTo(email.toLowerCase());
        assertThat(noor.email()).isEqualTo(email);
        assertThat(noor.role()).isEqualTo(Role.FACILITATOR);
        assertThat(noor.status()).isEqualTo(Person.Status.MUST_CHANGE_PASSWORD);
        assertThat(issued.password()).hasSize(12);
        assertThat(issued.toString()).doesNotContain(issued.password());

        SignInResult result = accounts.signIn(email, issued.password());
        assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(((SignInResult.SignedIn) result).account().mustChangePassword())
                .isTrue();
        assertThat(people.add(admin, "Plain Name", "plain" + NEXT.incrementAndGet(), Role.TRAINEE)
                        .person()
                        .email())
                .isNull();
    }

    @Test
    void adding_says_what_is_wrong_with_the_name_the_user_name_or_the_role() {
        assertThatThrownBy(() -> people.add(admin, "Someone", "trainee", Role.TRAINEE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The user name 'trainee' is already taken.");
        assertThatThrownBy(() -> people.add(admin, " ", "blank-name", Role.TRAINEE))
                .hasMessage("Name must be 1 to 200 characters.");
        assertThatThrownBy(() -> people.add(admin, "Bad User", "no spaces allowed", Role.TRAINEE))
                .hasMessageStartingWith("User name must be 2 to 100 characters");
        assertThatThrownBy(() -> people.add(admin, "No Role", "no-role", null)).hasMessage("Choose a role.");
    }

    @Test
    void a_role_change_takes_effect_at_once_and_leaves_the_session_signed_in() {
        Account dana = person(Role.TRAINEE, "password-1");
        Person changed = people.changeRole(admin, dana.id(), Role.PROGRAM_LEAD);
        assertThat(changed.role()).isEqualTo(Role.PROGRAM_LEAD);
        assertThat(signedIn(dana.username(), "password-1").role()).isEqualTo(Role.PROGRAM_LEAD);
        // the open session carries on, and the web layer reads the new role from it
        assertThat(accounts.confirmSession(dana.id(), dana.sessionVersion()))
                .map(Account::role)
                .contains(Role.PROGRAM_LEAD);
    }

    @Test
    void an_administrator_cannot_demote_themself_but_another_administrator_can() {
        Account second = person(Role.ADMIN, "password-1");
        for (Role lower : List.of(Role.TRAINEE, Role.FACILITATOR, Role.PROGRAM_LEAD)) {
            assertThatThrownBy(() -> people.changeRole(second.id(), second.id(), lower))
                    .isInstanceOf(PeopleRefused.class)
                    .hasMessage(PeopleService.NOT_YOUR_OWN_ROLE);
        }
        assertThat(people.changeRole(second.id(), second.id(), Role.ADMIN).role())
                .isEqualTo(Role.ADMIN);
        assertThat(people.changeRole(admin, second.id(), Role.FACILITATOR).role())
                .isEqualTo(Role.FACILITATOR);
    }

    @Test
    void two_administrators_demoting_each_other_at_once_leave_one_administrator() throws Exception {
        Account a = person(Role.ADMIN, "password-1");
        Account b = person(Role.ADMIN, "password-1");
        TransactionOperations<Connection> tx =
                platform.context().getBean(Argument.of(TransactionOperations.class, Connection.class));
        CompletableFuture<Throwable> second = tx.executeWrite(status -> {
            people.changeRole(a.id(), b.id(), Role.TRAINEE); // joins this transaction, which stays open
            CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
                try {
                    people.changeRole(b.id(), a.id(), Role.TRAINEE);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            sleep(300); // the other administrator's change is now waiting for the lock
            return other;
        });
        assertThat(second.get(10, TimeUnit.SECONDS))
                .isInstanceOf(PeopleRefused.class)
                .hasMessage(PeopleService.ONLY_ADMINISTRATORS);
        assertThat(accounts.find(a.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.find(b.id()).orElseThrow().role()).isEqualTo(Role.TRAINEE);
    }

    @Test
    void a_reset_gives_a_new_one_time_password_ends_open_sessions_and_lifts_the_sign_in_pause() {
        Account erin = person(Role.TRAINEE, "old-password");
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            accounts.signIn(erin.username(), "forgotten-" + i);
        }
        assertThat(accounts.signIn(erin.username(), "old-password")).isInstanceOf(SignInResult.Throttled.class);

        OneTimePassword issued = people.resetPassword(admin, erin.id());
        assertThat(issued.person().status()).isEqualTo(Person.Status.MUST_CHANGE_PASSWORD);
        assertThat(accounts.confirmSession(erin.id(), erin.sessionVersion())).isEmpty();
        assertThat(accounts.signIn(erin.username(), "old-password")).isEqualTo(new SignInResult.Rejected());
        Account after = signedIn(erin.username(), issued.password());
        assertThat(after.mustChangePassword()).isTrue();

        Account changed = accounts.changePassword(erin.id(), issued.password(), "erin-chose-this");
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(people.people(admin, erin.username()))
                .singleElement()
                .extracting(Person::status)
                .isEqualTo(Person.Status.ACTIVE);
    }

    @Test
    void an_administrator_resets_other_peoples_passwords_not_their_own() {
        assertThatThrownBy(() -> people.resetPassword(admin, admin))
                .isInstanceOf(PeopleRefused.class)
                .hasMessage(PeopleService.NOT_YOUR_OWN_PASSWORD);
        assertThat(signedIn("admin", DemoAccounts.PASSWORD).mustChangePassword())
                .isFalse();
    }

    @Test
    void a_switched_off_account_cannot_sign_in_and_gets_the_same_answer_as_a_wrong_password() {
        Account sam = person(Role.FACILITATOR, "sams-password");
        Person off = people.deactivate(admin, sam.id());
        assertThat(off.status()).isEqualTo(Person.Status.SWITCHED_OFF);
        assertThat(off.active()).isFalse();

        assertThat(accounts.signIn(sam.username(), "sams-password")).isEqualTo(new SignInResult.Rejected());
        assertThat(accounts.signIn(sam.username(), "wrong-password")).isEqualTo(new SignInResult.Rejected());
        assertThat(accounts.confirmSession(sam.id(), sam.sessionVersion())).isEmpty();
        assertThat(accounts.find(sam.id())).isEmpty();
        assertThat(people.deactivate(admin, sam.id()).status()).isEqualTo(Person.Status.SWITCHED_OFF);

        Person on = people.reactivate(admin, sam.id());
        assertThat(on.status()).isEqualTo(Person.Status.ACTIVE);
        assertThat(signedIn(sam.username(), "sams-password").role()).isEqualTo(Role.FACILITATOR);
        // a session left open while the account was off does not come back to life
        assertThat(accounts.confirmSession(sam.id(), sam.sessionVersion())).isEmpty();
    }

    @Test
    void an_administrator_cannot_switch_themself_off() {
        assertThatThrownBy(() -> people.deactivate(admin, admin))
                .isInstanceOf(PeopleRefused.class)
                .hasMessage(PeopleService.NOT_YOUR_OWN_ACCOUNT);
        assertThat(accounts.find(admin)).isPresent();
    }

    @Test
    void changes_to_someone_unknown_are_refused() {
        UserId nobody = new UserId(9_999_999L);
        assertThatThrownBy(() -> people.changeRole(admin, nobody, Role.TRAINEE))
                .isInstanceOf(PeopleRefused.class)
                .hasMessage("There is no such person.");
        assertThatThrownBy(() -> people.deactivate(admin, nobody)).isInstanceOf(PeopleRefused.class);
    }

    @Test
    void the_search_matches_name_user_name_or_email_ignoring_case_and_takes_wildcards_literally() {
        int n = NEXT.incrementAndGet();
        people.add(admin, "Zelda Quartermain" + n, "zq" + n, Role.TRAINEE);
        people.add(admin, "Yusuf Oduya" + n, "yusuf" + n + "@quarter.example", Role.TRAINEE);
        people.add(admin, "Percent 100%" + n, "percent" + n, Role.TRAINEE);

        assertThat(people.people(admin, "ZELDA quarter"))
                .extracting(Person::displayName)
                .containsExactly("Zelda Quartermain" + n);
        assertThat(people.people(admin, "  QUARTER"))
                .extracting(Person::displayName)
                .contains("Yusuf Oduya" + n, "Zelda Quartermain" + n)
                .isSortedAccordingTo(String::compareTo);
        assertThat(people.people(admin, "zq" + n))
                .extracting(Person::displayName)
                .containsExactly("Zelda Quartermain" + n);
        assertThat(people.people(admin, "100%" + n))
                .extracting(Person::displayName)
                .containsExactly("Percent 100%" + n);
        assertThat(people.people(admin, "_")).isEmpty();
        assertThat(people.people(admin, "")).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void changing_ones_own_password_ends_other_sessions_but_not_the_one_that_changed_it() {
        Account kim = person(Role.TRAINEE, "kims-password");
        Account changed = accounts.changePassword(kim.id(), "kims-password", "kims-new-password");
        assertThat(accounts.confirmSession(kim.id(), kim.sessionVersion())).isEmpty();
        assertThat(accounts.confirmSession(kim.id(), changed.sessionVersion())).isPresent();
    }

    private Account person(Role role, String password) {
        int n = NEXT.incrementAndGet();
        return accounts.create(new NewAccount("person-" + n, "Person " + n, null, role, password, false));
    }

    private Account signedIn(String username, String password) {
        SignInResult result = accounts.signIn(username, password);
        assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
        return ((SignInResult.SignedIn) result).account();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
