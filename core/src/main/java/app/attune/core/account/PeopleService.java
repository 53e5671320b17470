package app.attune.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Administrators manage people: add an account, change a role, give someone a new one-time
 * password, switch an account off and on again. Nothing is deleted: past attempts and reviews keep
 * their author. Every method checks inside its transaction that the actor is an active
 * administrator. An administrator cannot demote or switch off themself, so Attune always keeps at
 * least one: the actor of every change is an administrator who stays one.
 */
@Singleton
public class PeopleService {
    static final String ONLY_ADMINISTRATORS = "Only administrators manage people.";
    static final String NOT_YOUR_OWN_ROLE = "You cannot change your own role. Ask another administrator:"
            + " this way Attune always keeps at least one administrator.";
    static final String NOT_YOUR_OWN_ACCOUNT = "You cannot switch off your own account. Ask another"
            + " administrator: this way Attune always keeps at least one administrator.";
    static final String NOT_YOUR_OWN_PASSWORD =
            "Change your own password from your account page (Change password), not by a reset.";

    private final UserRepository users;
    private final AccountService accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    PeopleService(UserRepository users, AccountService accounts, PasswordHasher hasher, LoginThrottle throttle) {
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /**
     * Everyone whose name, user name or email contains {@code search} (ignoring case), by name;
     * everyone when the search is blank.
     */
    @Transactional
    public List<Person> people(UserId actor, String search) {
        requireAdministrator(users.findById(actor.value()));
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<UserRow> rows =
                term.isEmpty() ? users.findAllOrderByDisplayName() : users.search("%" + escapeLike(term) + "%");
        return rows.stream().map(Person::of).toList();
    }

    /**
     * Adds one account with a one-time password (shown once to the administrator); the person must
     * choose their own at the first sign-in. A user name with an @ is taken as the email as well.
     */
    @Transactional
    public OneTimePassword add(UserId actor, String name, String usernameOrEmail, Role role) {
        requireAdministrator(users.findById(actor.value()));
        if (role == null) {
            throw new IllegalArgumentException("Choose a role.");
        }
        String username = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        String email = username.contains("@") ? username : null;
        String password = TemporaryPasswords.next();
        Account created = accounts.create(new NewAccount(username, name, email, role, password, true));
        return new OneTimePassword(person(created.id()), password);
    }

    @Transactional
    public Person changeRole(UserId actor, UserId personId, Role role) {
        if (role == null) {
            throw new IllegalArgumentException("Choose a role.");
        }
        UserRow row = lockForChange(actor, personId);
        if (actor.equals(personId) && role != Role.ADMIN) {
            throw new PeopleRefused(NOT_YOUR_OWN_ROLE);
        }
        return row.role() == role ? Person.of(row) : Person.of(users.update(row.withRole(role)));
    }

    /**
     * Gives the person a new one-time password: the old one stops working, their open sessions end
     * on their next page, and a pause left by failed sign-ins is lifted.
     */
    @Transactional
    public OneTimePassword resetPassword(UserId actor, UserId personId) {
        UserRow row = lockForChange(actor, personId);
        if (actor.equals(personId)) {
            throw new PeopleRefused(NOT_YOUR_OWN_PASSWORD);
        }
        String password = TemporaryPasswords.next();
        UserRow updated = users.update(row.withPassword(hasher.hash(password), true));
        throttle.recordSuccess(row.username());
        return new OneTimePassword(Person.of(updated), password);
    }

    /**
     * Switches an account off: sign-in is refused and open sessions end on their next page. Their
     * work stays; switching the account on again restores it as it was.
     */
    @Transactional
    public Person deactivate(UserId actor, UserId personId) {
        UserRow row = lockForChange(actor, personId);
        if (actor.equals(personId)) {
            throw new PeopleRefused(NOT_YOUR_OWN_ACCOUNT);
        }
        return row.active() ? Person.of(users.update(row.withActive(false))) : Person.of(row);
    }

    /** Switches an account on again; the person signs in with the password they had. */
    @Transactional
    public Person reactivate(UserId actor, UserId personId) {
        UserRow row = lockForChange(actor, personId);
        return row.active() ? Person.of(row) : Person.of(users.update(row.withActive(true)));
    }

    private Person person(UserId id) {
        return users.findById(id.value()).map(Person::of).orElseThrow();
    }

    /**
     * Checks the actor and returns the person's row, both locked until the transaction ends, in id
     * order (no deadlock between two administrators). Without the locks, two administrators who
     * demote each other at the same moment would both see the other still an administrator and
     * leave Attune with none; with them, the second waits and then finds it is no longer one.
     */
    private UserRow lockForChange(UserId actor, UserId personId) {
        long first = Math.min(actor.value(), personId.value());
        long second = Math.max(actor.value(), personId.value());
        Optional<UserRow> firstRow = users.findByIdForUpdate(first);
        Optional<UserRow> secondRow = first == second ? firstRow : users.findByIdForUpdate(second);
        requireAdministrator(first == actor.value() ? firstRow : secondRow);
        return (first == personId.value() ? firstRow : secondRow)
                .orElseThrow(() -> new PeopleRefused("There is no such person."));
    }

    private static void requireAdministrator(Optional<UserRow> actor) {
        if (actor.filter(UserRow::active).filter(a -> a.role() == Role.ADMIN).isEmpty()) {
            throw new PeopleRefused(ONLY_ADMINISTRATORS);
        }
    }

    /** Makes %, _ and \ in a search term match themselves (the escape character is \ on both databases). */
    static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
