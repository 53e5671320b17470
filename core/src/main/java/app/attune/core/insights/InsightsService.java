package app.attune.core.insights;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.core.account.UserId;
import app.attune.core.assignment.ProgressRules;
import app.attune.core.assignment.ProgressState;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.NotAllowed;
import app.attune.grading.Skill;
import app.attune.scenarios.format.AttachmentStyle;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.library.ScenarioLibrary;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Program insights across cohorts: enrolment and activity, completion and pass rates, skill
 * distributions, first vs best, scenario and style difficulty, the weekly trend and who is stalled or
 * past due.
 *
 * <p>Access: program leads and administrators see the whole program; a facilitator sees only the
 * cohorts they run (asking for another cohort is refused); trainees are refused.
 *
 * <p>The period narrows attempts (activity by start, scores and trends by completion). Completion,
 * pass, stalled and past due describe where each assignment stands today, whatever the period.
 */
@Singleton
public class InsightsService {
    /** The pass mark for attempts outside any assignment: where "competent" starts. */
    static final int FREE_PRACTICE_PASS = 60;
    /** The trend never spans more weeks than this, however wide the period. */
    static final int MAX_WEEKS = 260;

    /** Two threads for the skill aggregates of pages being computed; daemon, so they never hold up a shutdown. */
    private static final ExecutorService PARALLEL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "insights-aggregates");
        t.setDaemon(true);
        return t;
    });

    private final AccountService accounts;
    private final ScenarioLibrary library;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    InsightsService(
            AccountService accounts, ScenarioLibrary library, TransactionOperations<Connection> tx, Clock clock) {
        this.accounts = accounts;
        this.library = library;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The figures for the filter, within what the person may see. The two skill aggregates read the
     * most rows (every counted skill score in scope), so each runs on its own connection while this
     * thread reads the rest: the page waits for the slowest query, not for their sum. The parts are
     * separate read transactions, a moment apart at most: fine for figures about weeks of practice.
     */
    public Insights insights(UserId actor, InsightsFilter filter) {
        Optional<Long> facilitator = reach(actor);
        Scope scope = read(c -> scope(c, facilitator, filter));
        CompletableFuture<List<SkillDistribution>> levels = CompletableFuture.supplyAsync(
                () -> read(c -> distributions(new InsightsQueries(c, scope).scoreCounts())), PARALLEL);
        CompletableFuture<List<SkillLift>> lifts = CompletableFuture.supplyAsync(
                () -> read(c -> {
                    InsightsQueries q = new InsightsQueries(c, scope);
                    return lifts(q.firstScores(), q.bestScores());
                }),
                PARALLEL);
        Insights rest = read(c -> compute(new InsightsQueries(c, scope), filter));
        return rest.withSkills(join(levels), join(lifts));
    }

    private interface Read<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> work) {
        return tx.executeRead(status -> {
            try {
                return work.apply(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("Insights could not be read: " + e.getMessage(), e);
            }
        });
    }

    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The cohorts the person may filter by: all for leads and administrators, their own for facilitators. */
    public List<CohortOption> cohorts(UserId actor) {
        Optional<Long> facilitator = reach(actor);
        return tx.executeRead(status -> {
            try {
                return InsightsQueries.cohorts(status.getConnection(), facilitator).stream()
                        .map(r -> new CohortOption(new CohortId(r.id()), r.name(), r.archived()))
                        .toList();
            } catch (SQLException e) {
                throw new IllegalStateException("Cohorts could not be read: " + e.getMessage(), e);
            }
        });
    }

    /** The scenarios of the library, for the scenario filter. */
    public List<ScenarioOption> scenarios() {
        return library.scenarios().stream()
                .map(s -> new ScenarioOption(s.id(), s.title(), s.style(), s.difficulty()))
                .toList();
    }

    /** Empty: the whole program; present: only the cohorts this facilitator runs. */
    private Optional<Long> reach(UserId actor) {
        Account who = accounts.find(actor).orElseThrow(() -> new NotAllowed("Unknown or inactive account."));
        return switch (who.role()) {
            case PROGRAM_LEAD, ADMIN -> Optional.empty();
            case FACILITATOR -> Optional.of(actor.value());
            case TRAINEE -> throw new NotAllowed("Insights are for program leads, administrators and facilitators.");
        };
    }

    private Scope scope(Connection c, Optional<Long> facilitator, InsightsFilter filter) throws SQLException {
        List<Long> chosen =
                filter.cohorts().stream().map(CohortId::value).sorted().toList();
        Optional<List<Long>> cohorts;
        if (facilitator.isPresent()) {
            Set<Long> own = InsightsQueries.cohorts(c, facilitator).stream()
                    .map(InsightsQueries.CohortRow::id)
                    .collect(Collectors.toSet());
            if (!own.containsAll(chosen)) {
                throw new NotAllowed("A facilitator sees insights only for the cohorts they run.");
            }
            cohorts = Optional.of(chosen.isEmpty() ? own.stream().sorted().toList() : chosen);
        } else {
            cohorts = chosen.isEmpty() ? Optional.empty() : Optional.of(chosen);
        }
        return new Scope(
                cohorts,
                scenarioIds(filter),
                filter.from().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()),
                filter.to().map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** Style is not stored on attempts: the style filter becomes the ids of the library's scenarios of that style. */
    private Optional<List<String>> scenarioIds(InsightsFilter filter) {
        if (filter.scenario().isEmpty() && filter.style().isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = library.scenarios().stream()
                .filter(s -> filter.scenario().map(id -> id.equals(s.id())).orElse(true))
                .filter(s -> filter.style().map(st -> st == s.style()).orElse(true))
                .map(Scenario::id)
                .toList();
        if (ids.isEmpty() && filter.scenario().isPresent() && filter.style().isEmpty()) {
            // a scenario no longer in the library still has its attempts
            ids = List.of(filter.scenario().get());
        }
        return Optional.of(ids);
    }

    private Insights compute(InsightsQueries q, InsightsFilter filter) throws SQLException {
        Instant now = clock.instant();
        LocalDate today = ProgressRules.today(now);
        List<InsightsQueries.PairRow> pairs = q.pairs();
        int completed = 0;
        int passed = 0;
        List<AtRisk> atRisk = new ArrayList<>();
        for (InsightsQueries.PairRow pair : pairs) {
            ProgressState state = ProgressRules.state(pair.progress(), today);
            boolean stalled = ProgressRules.stalled(pair.progress(), now);
            if (state == ProgressState.NOT_PASSED || state == ProgressState.PASSED) {
                completed++;
            }
            if (state == ProgressState.PASSED) {
                passed++;
            }
            if (!pair.archived() && (state == ProgressState.PAST_DUE || stalled)) {
                atRisk.add(atRisk(pair, state, stalled));
            }
        }
        atRisk.sort(Comparator.comparing(AtRisk::since)
                .thenComparing(AtRisk::traineeName)
                .thenComparing(AtRisk::scenarioTitle));

        List<Difficulty> scenarios = scenarioDifficulty(q.scenarios(FREE_PRACTICE_PASS));
        int completedAttempts =
                scenarios.stream().mapToInt(Difficulty::attempts).sum();
        long overallTotal =
                scenarios.stream().mapToLong(Difficulty::overallTotal).sum();
        Kpis kpis = new Kpis(
                q.enrolled(),
                q.active(),
                pairs.size(),
                completed,
                passed,
                completedAttempts,
                completedAttempts == 0
                        ? OptionalDouble.empty()
                        : OptionalDouble.of((double) overallTotal / completedAttempts));
        return new Insights(
                filter,
                kpis,
                List.of(), // filled in by insights(): read on their own connections
                List.of(),
                hardestFirst(scenarios),
                hardestFirst(styleDifficulty(scenarios)),
                weeks(q.days(), filter),
                atRisk);
    }

    private AtRisk atRisk(InsightsQueries.PairRow pair, ProgressState state, boolean stalled) {
        var p = pair.progress();
        Instant since = state == ProgressState.PAST_DUE
                ? p.dueOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                : p.unfinished() > 0 && p.lastActivity() != null ? p.lastActivity() : p.assignedAt();
        return new AtRisk(
                new UserId(p.traineeId()),
                p.traineeName(),
                pair.cohortName(),
                pair.scenarioId(),
                title(pair.scenarioId()),
                state,
                stalled,
                since);
    }

    private static List<SkillDistribution> distributions(List<InsightsQueries.ScoreCount> counts) {
        Map<Skill, Map<Integer, Integer>> bySkill = new EnumMap<>(Skill.class);
        for (InsightsQueries.ScoreCount c : counts) {
            skill(c.skill()).ifPresent(s -> bySkill.computeIfAbsent(s, k -> new HashMap<>())
                    .merge(c.score(), c.count(), Integer::sum));
        }
        List<SkillDistribution> list = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            list.add(Figures.distribution(skill, bySkill.getOrDefault(skill, Map.of())));
        }
        return list;
    }

    /** Averages over the trainees with a best score; every completed attempt scores all seven skills. */
    private static List<SkillLift> lifts(
            List<InsightsQueries.SkillTotal> firsts, List<InsightsQueries.SkillTotal> bests) {
        Map<Skill, InsightsQueries.SkillTotal> first = bySkill(firsts);
        Map<Skill, InsightsQueries.SkillTotal> best = bySkill(bests);
        List<SkillLift> list = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            InsightsQueries.SkillTotal f = first.get(skill);
            InsightsQueries.SkillTotal b = best.get(skill);
            if (f == null || b == null || b.trainees() == 0) {
                list.add(new SkillLift(skill, 0, 0, 0));
            } else {
                list.add(new SkillLift(
                        skill, b.trainees(), (double) f.total() / f.trainees(), (double) b.total() / b.trainees()));
            }
        }
        return list;
    }

    private static Map<Skill, InsightsQueries.SkillTotal> bySkill(List<InsightsQueries.SkillTotal> rows) {
        Map<Skill, InsightsQueries.SkillTotal> map = new EnumMap<>(Skill.class);
        for (InsightsQueries.SkillTotal r : rows) {
            skill(r.skill()).ifPresent(s -> map.put(s, r));
        }
        return map;
    }

    private List<Difficulty> scenarioDifficulty(List<InsightsQueries.ScenarioRow> rows) {
        return rows.stream()
                .map(r -> new Difficulty(
                        r.scenarioId(), title(r.scenarioId()), r.attempts(), r.overallTotal(), r.passes()))
                .toList();
    }

    /** Styles add up their scenarios' rows; scenarios no longer in the library have no style and are left out. */
    private List<Difficulty> styleDifficulty(List<Difficulty> scenarios) {
        Map<AttachmentStyle, Difficulty> byStyle = new LinkedHashMap<>();
        for (Difficulty d : scenarios) {
            library.find(d.key())
                    .ifPresent(s -> byStyle.merge(
                            s.style(),
                            new Difficulty(
                                    s.style().id(), styleTitle(s.style()), d.attempts(), d.overallTotal(), d.passes()),
                            Difficulty::plus));
        }
        return List.copyOf(byStyle.values());
    }

    /** Lowest average overall first; ties by lower pass rate, then name, so the order is stable. */
    private static List<Difficulty> hardestFirst(List<Difficulty> rows) {
        return rows.stream()
                .sorted(Comparator.comparingDouble(
                                (Difficulty d) -> d.averageOverall().orElse(101))
                        .thenComparingDouble(d -> d.passRate().orElse(2))
                        .thenComparing(Difficulty::label))
                .toList();
    }

    private List<WeekPoint> weeks(List<InsightsQueries.DayRow> days, InsightsFilter filter) {
        LocalDate first =
                filter.from().orElse(days.isEmpty() ? null : days.getFirst().day());
        LocalDate last = filter.to()
                .orElse(
                        days.isEmpty()
                                ? (first == null ? null : ProgressRules.today(clock.instant()))
                                : days.getLast().day());
        if (first != null && last != null && first.plusWeeks(MAX_WEEKS).isBefore(last)) {
            first = Figures.monday(last).minusWeeks(MAX_WEEKS - 1);
        }
        return Figures.weeks(days, first, last);
    }

    private String title(String scenarioId) {
        return library.find(scenarioId).map(Scenario::title).orElse(scenarioId);
    }

    public static String styleTitle(AttachmentStyle style) {
        String id = style.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private static Optional<Skill> skill(String id) {
        try {
            return Optional.of(Skill.fromId(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
