package app.attune.core.cohort;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.TemporaryPasswords;
import app.attune.core.account.UserId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cohorts and enrolment. A facilitator manages only the cohorts they run; an administrator manages
 * all. Imports are all-or-nothing unless the facilitator asks for the good rows only.
 */
@Singleton
public class CohortService {
    private final CohortRepository cohorts;
    private final AccountService accounts;

    CohortService(CohortRepository cohorts, AccountService accounts) {
        this.cohorts = cohorts;
        this.accounts = accounts;
    }

    @Transactional
    public List<CohortSummary> cohortsOf(UserId facilitator) {
        Account who = account(facilitator);
        List<CohortRow> rows = who.role() == Role.ADMIN || who.role() == Role.PROGRAM_LEAD
                ? cohorts.listOrderByName()
                : cohorts.findByFacilitatorIdOrderByName(facilitator.value());
        return rows.stream().map(this::summary).toList();
    }

    @Transactional
    public CohortSummary create(UserId facilitator, String name) {
        Account who = account(facilitator);
        if (who.role() != Role.FACILITATOR && who.role() != Role.ADMIN) {
            throw new NotAllowed("Only facilitators and administrators create cohorts.");
        }
        String clean = validName(name);
        if (cohorts.existsByFacilitatorIdAndName(facilitator.value(), clean)) {
            throw new IllegalArgumentException("You already run a cohort called '" + clean + "'.");
        }
        return summary(cohorts.save(new CohortRow(null, clean, facilitator.value(), false, null)));
    }

    @Transactional
    public CohortSummary rename(UserId actor, CohortId id, String name) {
        CohortRow row = owned(actor, id);
        String clean = validName(name);
        if (!clean.equals(row.name()) && cohorts.existsByFacilitatorIdAndName(row.facilitatorId(), clean)) {
            throw new IllegalArgumentException("There is already a cohort called '" + clean + "'.");
        }
        return summary(
                cohorts.update(new CohortRow(row.id(), clean, row.facilitatorId(), row.archived(), row.createdAt())));
    }

    @Transactional
    public CohortSummary archive(UserId actor, CohortId id) {
        CohortRow row = owned(actor, id);
        return summary(cohorts.update(new CohortRow(row.id(), row.name(), row.facilitatorId(), true, row.createdAt())));
    }

    @Transactional
    public List<Member> members(UserId actor, CohortId id) {
        visible(actor, id);
        return cohorts.findMembers(id.value()).stream()
                .map(m -> new Member(new UserId(m.id()), m.displayName(), m.email(), m.mustChangePassword()))
                .toList();
    }

    /**
     * Whether the person runs a cohort (archived ones too: past work stays reviewable) that the
     * trainee is enrolled in. Used to let facilitators read their trainees' attempts.
     */
    @Transactional
    public boolean facilitates(UserId facilitator, UserId trainee) {
        return cohorts.countFacilitated(facilitator.value(), trainee.value()) > 0;
    }

    /** Fails unless the person runs this cohort (or is an administrator); returns its members. */
    @Transactional
    public List<Member> requireManagedBy(UserId actor, CohortId id) {
        owned(actor, id);
        return members(actor, id);
    }

    /** Checks a file without changing anything: what would be imported and what is wrong. */
    public EnrolmentFile preview(String csv) {
        return EnrolmentCsv.parse(csv);
    }

    /**
     * Enrols the file's trainees into the cohort. With problems in the file nothing is imported
     * unless {@code goodRowsOnly}; then the bad rows are left out and reported.
     */
    @Transactional
    public ImportResult importTrainees(UserId actor, CohortId into, String csv, boolean goodRowsOnly) {
        owned(actor, into);
        EnrolmentFile file = EnrolmentCsv.parse(csv);
        if (!file.clean() && !goodRowsOnly) {
            throw new ImportRefused(file.problems());
        }
        int enrolled = 0;
        int already = 0;
        List<ImportResult.NewTrainee> created = new ArrayList<>();
        for (EnrolmentRow row : file.rows()) {
            Optional<Account> existing = accounts.findByUsername(row.email());
            Account trainee;
            if (existing.isPresent()) {
                trainee = existing.get();
                if (trainee.role() != Role.TRAINEE) {
                    throw new ImportRefused(List.of(new RowProblem(
                            row.line(),
                            row.email() + " belongs to a "
                                    + trainee.role().title().toLowerCase() + ", not a trainee")));
                }
            } else {
                String password = TemporaryPasswords.next();
                trainee = accounts.create(
                        new NewAccount(row.email(), row.name(), row.email(), Role.TRAINEE, password, true));
                created.add(new ImportResult.NewTrainee(row.name(), row.email(), password));
            }
            CohortId target = row.cohort().map(name -> cohortNamed(actor, name)).orElse(into);
            if (cohorts.countMembership(target.value(), trainee.id().value()) > 0) {
                already++;
            } else {
                cohorts.addMember(target.value(), trainee.id().value());
                enrolled++;
            }
        }
        return new ImportResult(enrolled, created, already, file.problems());
    }

    /** Enrols one trainee by name and email (creating the account when new). */
    @Transactional
    public ImportResult enrol(UserId actor, CohortId into, String name, String email) {
        String csv = "name,email\n" + quote(name) + "," + quote(email) + "\n";
        return importTrainees(actor, into, csv, false);
    }

    private CohortId cohortNamed(UserId actor, String name) {
        return cohorts.findByFacilitatorIdOrderByName(actor.value()).stream()
                .filter(c -> c.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .map(c -> new CohortId(c.id()))
                .orElseGet(() -> create(actor, name).id());
    }

    private CohortRow owned(UserId actor, CohortId id) {
        CohortRow row = cohorts.findById(id.value()).orElseThrow(() -> new NotAllowed("No such cohort."));
        Account who = account(actor);
        if (who.role() != Role.ADMIN && row.facilitatorId() != actor.value()) {
            throw new NotAllowed("This cohort is run by another facilitator.");
        }
        return row;
    }

    private void visible(UserId actor, CohortId id) {
        Account who = account(actor);
        if (who.role() != Role.PROGRAM_LEAD) {
            owned(actor, id);
        }
    }

    private Account account(UserId id) {
        return accounts.find(id).orElseThrow(() -> new NotAllowed("Unknown or inactive account."));
    }

    private CohortSummary summary(CohortRow row) {
        return new CohortSummary(
                new CohortId(row.id()),
                row.name(),
                new UserId(row.facilitatorId()),
                row.archived(),
                cohorts.countMembers(row.id()));
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new IllegalArgumentException("A cohort name needs 1 to 200 characters.");
        }
        return clean;
    }

    private static String quote(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
    }
}
