package app.attune.core.practice;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.assignment.AssignmentId;
import app.attune.core.assignment.AssignmentService;
import app.attune.core.assignment.AssignmentTerms;
import app.attune.core.cohort.CohortService;
import app.attune.grading.ClassifiedMove;
import app.attune.grading.ConversationTurn;
import app.attune.grading.MoveCode;
import app.attune.grading.ResistanceMoment;
import app.attune.grading.SessionReport;
import app.attune.grading.SessionScorer;
import app.attune.grading.Skill;
import app.attune.grading.SkillLevel;
import app.attune.grading.SkillScore;
import app.attune.grading.Transcript;
import app.attune.grading.TryInstead;
import app.attune.grading.TurnAnnotation;
import app.attune.grading.feedback.CandidateTurn;
import app.attune.grading.feedback.CoachingSuggestions;
import app.attune.grading.feedback.Guidance;
import app.attune.scenarios.format.PersonaLine;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.persona.Closing;
import app.attune.scenarios.persona.Conversation;
import app.attune.scenarios.persona.PersonaEngine;
import app.attune.scenarios.persona.PersonaState;
import app.attune.scenarios.persona.TurnOutcome;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Practice for trainees: the scenarios on offer, conversations with a scenario's persona, the
 * feedback report and progress over attempts.
 *
 * <p>Every method takes the signed-in person and only ever shows or changes that person's own
 * attempts: someone else's attempt id is answered exactly like an id that does not exist. The one
 * exception is {@link #report}, which a trainee's facilitators and program leads may read. Scenarios
 * assigned to the trainee are played under the assignment's terms (aids, attempt limit, style). Each
 * trainee turn is classified, answered by the persona and stored (text, codes, reply, cue, signals,
 * persona state, lines used) in one transaction before the reply is returned, so nothing is lost and
 * a reload or a restart resumes exactly. A turn names the turn count it was typed against; if the
 * attempt moved on meanwhile (another tab), nothing is stored and {@link
 * PracticeException.AttemptMovedOn} says so. A database that does not answer gives {@link
 * PracticeException.Unavailable}.
 */
@Singleton
public class PracticeService {
    /** The longest trainee turn accepted, in characters. */
    public static final int MAX_TURN_LENGTH = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(PracticeService.class);

    private final AttemptRepository attempts;
    private final TurnRepository turns;
    private final SkillScoreRepository skillScores;
    private final ScenarioCatalog catalog;
    private final AssignmentService assignments;
    private final CohortService cohorts;
    private final AccountService accounts;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final PersonaEngine engine = PersonaEngine.standard();
    private final SessionScorer scorer = SessionScorer.standard();
    private final CoachingSuggestions suggestions = CoachingSuggestions.create();
    private final SecureRandom seeds = new SecureRandom();

    PracticeService(
            AttemptRepository attempts,
            TurnRepository turns,
            SkillScoreRepository skillScores,
            ScenarioCatalog catalog,
            AssignmentService assignments,
            CohortService cohorts,
            AccountService accounts,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.attempts = attempts;
        this.turns = turns;
        this.skillScores = skillScores;
        this.catalog = catalog;
        this.assignments = assignments;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    // ---- what is on offer -----------------------------------------------------------------------

    /**
     * The trainee's practice page: unfinished attempts first (to resume), then the scenarios assigned
     * to them (style only when the facilitator reveals it, due date, status, best score, attempts
     * left), then the other bundled scenarios, open for free practice. An assigned scenario is not
     * listed again for free practice: starting it answers the assignment.
     */
    public PracticeHome home(UserId trainee) {
        return guard(() -> tx.executeRead(s -> {
            List<AttemptRow> mine = attempts.findByTraineeIdOrderByStartedAtDesc(trainee.value());
            AssignedWork work = AssignedWork.of(assignments.forTrainee(trainee), mine);
            LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            Map<String, List<AttemptRow>> freeByScenario = new HashMap<>();
            for (AttemptRow a : mine) {
                if (a.assignmentId() == null) {
                    freeByScenario
                            .computeIfAbsent(a.scenarioId(), k -> new ArrayList<>())
                            .add(a);
                }
            }
            Map<Long, PracticeCard> assignedByAssignment = new HashMap<>();
            List<PracticeCard> assigned = new ArrayList<>();
            for (AssignedWork.Item item : work.perScenario()) {
                Optional<Scenario> s2 = catalog.current(item.assignment().scenarioId());
                if (s2.isPresent()) {
                    PracticeCard card = assignedCard(item, s2.get(), today);
                    assigned.add(card);
                    assignedByAssignment.put(item.assignment().id().value(), card);
                }
            }
            for (AssignedWork.Item item : work.items()) {
                catalog.current(item.assignment().scenarioId())
                        .ifPresent(sc -> assignedByAssignment.putIfAbsent(
                                item.assignment().id().value(), assignedCard(item, sc, today)));
            }
            List<PracticeCard> free = new ArrayList<>();
            for (Scenario sc : catalog.current()) {
                if (!work.covers(sc.id())) {
                    free.add(freeCard(sc, freeByScenario.getOrDefault(sc.id(), List.of())));
                }
            }
            List<PracticeCard> unfinished = new ArrayList<>();
            for (AttemptRow a : mine) {
                if (a.status() != AttemptStatus.IN_PROGRESS) {
                    continue;
                }
                PracticeCard card = a.assignmentId() == null ? null : assignedByAssignment.get(a.assignmentId());
                if (card == null) {
                    // free practice, or an attempt at an assignment since removed: resumable all the same
                    Scenario sc = catalog.played(a.scenarioId(), a.scenarioVersion());
                    List<AttemptRow> rows = new ArrayList<>(freeByScenario.getOrDefault(sc.id(), List.of()));
                    if (!rows.contains(a)) {
                        rows.addFirst(a);
                    }
                    card = freeCard(sc, rows);
                }
                unfinished.add(card);
            }
            unfinished.sort(
                    Comparator.comparing((PracticeCard c) -> c.lastActivity().orElse(Instant.EPOCH))
                            .reversed());
            return new PracticeHome(unfinished, assigned, free);
        }));
    }

    private static PracticeCard assignedCard(AssignedWork.Item item, Scenario s, LocalDate today) {
        AssignmentTerms terms = item.terms();
        List<AttemptRow> rows = item.attempts();
        return new PracticeCard(
                CardKind.ASSIGNED,
                Optional.of(item.assignment().id()),
                s.id(),
                s.title(),
                s.persona().name(),
                s.persona().role(),
                s.setting(),
                s.difficulty(),
                terms.revealStyle() ? Optional.of(s.style().id()) : Optional.empty(),
                terms.difficultyNote(),
                terms.due(),
                item.status(today),
                item.best(),
                OptionalInt.of(terms.passThreshold()),
                new PracticeOptions(terms.hints(), terms.guided()),
                rows.size(),
                item.attemptsLeft(),
                item.open().map(AttemptRow::attemptId),
                rows.stream().map(AttemptRow::updatedAt).max(Comparator.naturalOrder()));
    }

    private static PracticeCard freeCard(Scenario s, List<AttemptRow> rows) {
        Optional<AttemptRow> open = rows.stream()
                .filter(a -> a.status() == AttemptStatus.IN_PROGRESS)
                .findFirst();
        OptionalInt best = rows.stream()
                .filter(a -> a.overallScore() != null)
                .mapToInt(AttemptRow::overallScore)
                .max();
        boolean completed = rows.stream().anyMatch(a -> a.status() == AttemptStatus.COMPLETED);
        CardStatus status =
                open.isPresent() ? CardStatus.IN_PROGRESS : completed ? CardStatus.COMPLETED : CardStatus.NOT_STARTED;
        Optional<Instant> last = rows.stream().map(AttemptRow::updatedAt).max(Comparator.naturalOrder());
        return new PracticeCard(
                CardKind.FREE_PRACTICE,
                Optional.empty(),
                s.id(),
                s.title(),
                s.persona().name(),
                s.persona().role(),
                s.setting(),
                s.difficulty(),
                Optional.of(s.style().id()),
                "",
                Optional.empty(),
                status,
                best,
                OptionalInt.empty(),
                PracticeOptions.NONE,
                rows.size(),
                OptionalInt.empty(),
                open.map(AttemptRow::attemptId),
                last);
    }

    /**
     * What the page before a conversation shows: the brief, and for an assigned scenario the
     * assignment's terms (style hidden unless revealed, attempts left, the facilitator's aids).
     */
    public PracticeStart beforeStart(UserId trainee, String scenarioId) {
        Scenario s = catalog.current(scenarioId).orElseThrow(() -> new PracticeException.ScenarioNotFound(scenarioId));
        return guard(() -> tx.executeRead(x -> {
            List<AttemptRow> mine = attempts.findByTraineeIdOrderByStartedAtDesc(trainee.value());
            Optional<AssignedWork.Item> item =
                    AssignedWork.of(assignments.forTrainee(trainee), mine).forNewAttempt(scenarioId);
            LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            boolean styleShown = item.map(i -> i.terms().revealStyle()).orElse(true);
            return new PracticeStart(brief(s, styleShown), item.map(i -> assignedCard(i, s, today)));
        }));
    }

    /** The brief of the scenario's current version (what a new attempt would be played with). */
    public ScenarioBrief brief(String scenarioId) {
        Scenario s = catalog.current(scenarioId).orElseThrow(() -> new PracticeException.ScenarioNotFound(scenarioId));
        return brief(s, true);
    }

    private static ScenarioBrief brief(Scenario s, boolean styleShown) {
        return new ScenarioBrief(
                s.id(),
                s.version(),
                s.title(),
                s.setting(),
                s.difficulty(),
                styleShown ? Optional.of(s.style().id()) : Optional.empty(),
                s.persona().name(),
                s.persona().role(),
                s.persona().bio(),
                s.brief(),
                s.goal());
    }

    // ---- the conversation -----------------------------------------------------------------------

    /** The trainee's unfinished attempt at this scenario, if any (what a reload resumes). */
    public Optional<LiveAttempt> unfinished(UserId trainee, String scenarioId) {
        return guard(() -> tx.executeRead(s -> attempts.findByTraineeIdAndOpenScenario(trainee.value(), scenarioId)
                .map(this::live)));
    }

    /**
     * Starts a conversation with the scenario's persona (the current version, snapshotted), or
     * returns the trainee's unfinished attempt at it: one unfinished attempt per scenario. When the
     * scenario is assigned to the trainee, the attempt answers the assignment: the facilitator's hints
     * and guided mode apply (the {@code options} asked for are ignored) and its attempt limit holds.
     *
     * @throws PracticeException.AttemptLimitReached when every allowed attempt has been used
     */
    public LiveAttempt start(UserId trainee, String scenarioId, PracticeOptions options) {
        Scenario current =
                catalog.current(scenarioId).orElseThrow(() -> new PracticeException.ScenarioNotFound(scenarioId));
        return guard(() -> {
            Optional<LiveAttempt> open = unfinished(trainee, scenarioId);
            if (open.isPresent()) {
                return open.get();
            }
            Optional<AssignedWork.Item> assignment = tx.executeRead(s -> AssignedWork.of(
                            assignments.forTrainee(trainee),
                            attempts.findByTraineeIdOrderByStartedAtDesc(trainee.value()))
                    .forNewAttempt(scenarioId));
            if (assignment.isPresent() && !assignment.get().hasRoom()) {
                throw new PracticeException.AttemptLimitReached(
                        assignment.get().terms().attemptLimit().getAsInt());
            }
            PracticeOptions aids = assignment
                    .map(i -> new PracticeOptions(i.terms().hints(), i.terms().guided()))
                    .orElse(options);
            Scenario scenario = catalog.snapshotOf(current);
            long seed = seeds.nextLong() & Long.MAX_VALUE;
            Conversation conversation = engine.start(scenario, seed);
            PersonaState st = conversation.state();
            Instant now = clock.instant();
            AttemptRow row = new AttemptRow(
                    null,
                    trainee.value(),
                    scenario.id(),
                    scenario.version(),
                    assignment.map(i -> i.assignment().id().value()).orElse(null),
                    seed,
                    AttemptStatus.IN_PROGRESS,
                    null,
                    aids.hints(),
                    aids.guided(),
                    0,
                    st.safety(),
                    st.activation(),
                    st.layer(),
                    st.progress(),
                    st.strain(),
                    st.healing(),
                    st.resistance(),
                    st.rupture(),
                    st.closing().name(),
                    Codec.lineIds(conversation.usedLineIds()),
                    null,
                    now,
                    now,
                    null,
                    scenario.id());
            try {
                AttemptRow saved = tx.executeWrite(s -> attempts.save(row));
                return live(saved, scenario, List.of());
            } catch (RuntimeException e) {
                if (isIntegrityViolation(e)) {
                    // another tab started the same scenario a moment ago: continue that attempt
                    return unfinished(trainee, scenarioId).orElseThrow(() -> e);
                }
                throw e;
            }
        });
    }

    /** An attempt of the trainee's, finished or not, as the conversation page shows it. */
    public LiveAttempt open(UserId trainee, AttemptId id) {
        return guard(() -> tx.executeRead(s -> live(owned(trainee, id))));
    }

    /**
     * Plays one trainee turn: checks the text, classifies it, lets the persona answer, and stores
     * the whole exchange and the persona state in one transaction; only then returns the reply.
     *
     * @param expectedTurns how many turns the caller's page shows; if the attempt has moved on since
     *     (another tab), nothing is stored and {@link PracticeException.AttemptMovedOn} is thrown
     * @throws PracticeException.TurnRejected for an empty or over-long text (nothing stored)
     */
    public TurnResult takeTurn(UserId trainee, AttemptId id, int expectedTurns, String text) {
        String turnText = acceptable(text);
        return guard(() -> {
            Played played;
            try {
                played = tx.executeWrite(s -> play(trainee, id, expectedTurns, turnText));
            } catch (RuntimeException e) {
                if (isIntegrityViolation(e) || e instanceof MovedOnSignal) {
                    AttemptRow now = tx.executeRead(s -> owned(trainee, id));
                    throw new PracticeException.AttemptMovedOn(
                            now.turnCount(), now.status() == AttemptStatus.COMPLETED);
                }
                throw e;
            }
            TurnOutcome o = played.outcome();
            TurnGuidance guidance = played.endedBy().isPresent()
                    ? TurnGuidance.NONE
                    : guidance(played.attempt(), o.reply().text(), o.classified(), o.number());
            return new TurnResult(record(o), played.endedBy(), guidance);
        });
    }

    private record Played(AttemptRow attempt, TurnOutcome outcome, Optional<EndedBy> endedBy) {}

    /** Thrown inside the turn transaction when the conditional update found the attempt moved on. */
    private static final class MovedOnSignal extends RuntimeException {
        MovedOnSignal() {
            super("the attempt moved on", null, false, false);
        }
    }

    private Played play(UserId trainee, AttemptId id, int expectedTurns, String text) {
        AttemptRow a = owned(trainee, id);
        if (a.status() != AttemptStatus.IN_PROGRESS) {
            throw new PracticeException.AttemptMovedOn(a.turnCount(), true);
        }
        if (a.turnCount() != expectedTurns) {
            throw new PracticeException.AttemptMovedOn(a.turnCount(), false);
        }
        Scenario scenario = catalog.played(a.scenarioId(), a.scenarioVersion());
        Conversation conversation = engine.resume(scenario, a.seed(), Codec.state(a), Codec.lineIds(a.usedLineIds()));
        TurnOutcome o = conversation.respond(text);
        PersonaState st = o.state();
        Instant now = clock.instant();
        int updated = attempts.advance(
                a.id(),
                expectedTurns,
                st.turns(),
                st.safety(),
                st.activation(),
                st.layer(),
                st.progress(),
                st.strain(),
                st.healing(),
                st.resistance(),
                st.rupture(),
                st.closing().name(),
                Codec.lineIds(conversation.usedLineIds()),
                now);
        if (updated != 1) {
            throw new MovedOnSignal();
        }
        turns.save(new TurnRow(
                null,
                a.id(),
                o.number(),
                o.traineeText(),
                Codec.codes(o.classified().codes()),
                Codec.evidence(o.classified().evidence()),
                o.move().id(),
                o.reply().text(),
                o.reply().cue(),
                o.reply().lineId(),
                Codec.signals(o.reply().signals()),
                o.reply().disclosedLayer(),
                st.safety(),
                st.activation(),
                st.layer(),
                st.progress(),
                st.strain(),
                st.healing(),
                st.resistance(),
                st.rupture(),
                st.closing().name(),
                now));
        Optional<EndedBy> ended = Optional.empty();
        if (st.closing() != Closing.OPEN) {
            EndedBy by = st.closing() == Closing.WARM ? EndedBy.PERSONA_WARM : EndedBy.PERSONA_CURT;
            grade(a, scenario, by, now);
            ended = Optional.of(by);
        }
        return new Played(a, o, ended);
    }

    /**
     * Ends the conversation at the trainee's request and grades it. Ending an attempt that has
     * already ended (in another tab, or by the persona) is fine and changes nothing.
     *
     * @throws PracticeException.NothingToGrade before the first turn
     */
    public AttemptId end(UserId trainee, AttemptId id) {
        return guard(() -> tx.executeWrite(s -> {
            owned(trainee, id);
            AttemptRow a = attempts.findForUpdate(id.value()).orElseThrow();
            if (a.status() == AttemptStatus.COMPLETED) {
                return id;
            }
            if (a.turnCount() == 0) {
                throw new PracticeException.NothingToGrade();
            }
            grade(a, catalog.played(a.scenarioId(), a.scenarioVersion()), EndedBy.TRAINEE, clock.instant());
            return id;
        }));
    }

    /** Scores the stored turns and marks the attempt completed; inside the caller's transaction. */
    private void grade(AttemptRow a, Scenario scenario, EndedBy by, Instant now) {
        List<TurnRow> rows = turns.findByAttemptIdOrderByTurnNo(a.id());
        SessionReport report = scorer.score(transcript(scenario, a, rows));
        if (attempts.complete(a.id(), by.name(), report.overall(), now) != 1) {
            return; // ended meanwhile by the other tab; its scores stand
        }
        for (SkillScore score : report.skills().values()) {
            skillScores.save(new SkillScoreRow(
                    null,
                    a.id(),
                    score.skill().id(),
                    score.score(),
                    score.level().name(),
                    score.explanation(),
                    Codec.ints(score.turns()),
                    report.counted().contains(score.skill())));
        }
    }

    /**
     * Switches hints and guided mode for a free-practice attempt and returns the help for the next
     * turn under the new settings.
     *
     * @throws PracticeException.OptionsLocked for an assigned attempt (the facilitator decides)
     */
    public TurnGuidance changeOptions(UserId trainee, AttemptId id, PracticeOptions options) {
        return guard(() -> tx.executeWrite(s -> {
            AttemptRow a = owned(trainee, id);
            if (a.assignmentId() != null) {
                throw new PracticeException.OptionsLocked();
            }
            attempts.changeOptions(a.id(), options.hints(), options.guided(), clock.instant());
            AttemptRow changed = a.withOptions(options);
            if (a.status() != AttemptStatus.IN_PROGRESS) {
                return TurnGuidance.NONE;
            }
            return guidanceNow(changed, catalog.played(a.scenarioId(), a.scenarioVersion()));
        }));
    }

    // ---- the report, the list, progress -----------------------------------------------------------

    /**
     * The feedback report of a finished attempt, for the trainee who played it and, read only, for a
     * facilitator who runs a cohort the trainee is in and for program leads. Anyone else is answered
     * exactly as for an attempt that does not exist. The style stays hidden from the trainee when
     * their assignment does not reveal it; reviewers always see it.
     *
     * @throws PracticeException.NotFinished while the conversation is still going
     */
    public FeedbackReport report(UserId viewer, AttemptId id) {
        return guard(() -> tx.executeRead(s -> {
            AttemptRow a = readable(viewer, id);
            boolean styleShown = a.traineeId() != viewer.value() || styleShownToTrainee(a);
            if (a.status() != AttemptStatus.COMPLETED) {
                throw new PracticeException.NotFinished(a.scenarioId());
            }
            Scenario scenario = catalog.played(a.scenarioId(), a.scenarioVersion());
            List<TurnRow> rows = turns.findByAttemptIdOrderByTurnNo(a.id());
            SessionReport graded = scorer.score(transcript(scenario, a, rows));
            Map<Skill, SkillScore> stored = new EnumMap<>(Skill.class);
            Set<Skill> counted = EnumSet.noneOf(Skill.class);
            for (SkillScoreRow r : skillScores.findByAttemptId(a.id())) {
                Skill skill = Skill.fromId(r.skill());
                if (r.counted()) {
                    counted.add(skill);
                }
                stored.put(
                        skill,
                        new SkillScore(
                                skill,
                                r.score(),
                                SkillLevel.valueOf(r.level()),
                                r.explanation(),
                                Codec.ints(r.evidenceTurns())));
            }
            List<SkillScore> skills = new ArrayList<>();
            for (Skill skill : Skill.values()) {
                SkillScore score = stored.getOrDefault(skill, graded.skills().get(skill));
                if (score != null) {
                    skills.add(score);
                }
            }
            Map<Integer, TryInstead> tryInstead = new HashMap<>();
            graded.suggestions().forEach(t -> tryInstead.putIfAbsent(t.turn(), t));
            Map<Integer, ResistanceMoment> resistedAt = new HashMap<>();
            Map<Integer, ResistanceMoment> answeredAt = new HashMap<>();
            for (ResistanceMoment m : graded.resistanceMoments()) {
                resistedAt.putIfAbsent(m.turn(), m);
                if (m.responseTurn() > 0) {
                    answeredAt.putIfAbsent(m.responseTurn(), m);
                }
            }
            Map<Integer, TurnAnnotation> annotations = new HashMap<>();
            graded.annotations().forEach(t -> annotations.put(t.number(), t));
            List<AnnotatedTurn> annotated = new ArrayList<>();
            int layerBefore = 0;
            for (TurnRow t : rows) {
                TurnAnnotation n = annotations.get(t.turnNo());
                annotated.add(new AnnotatedTurn(
                        t.turnNo(),
                        t.traineeText(),
                        Codec.codes(t.codes()),
                        Codec.evidence(t.evidence()),
                        n == null ? app.attune.grading.MoveStance.NEUTRAL : n.stance(),
                        new PersonaUtterance(t.personaText(), t.personaCue()),
                        Codec.signals(t.signals()),
                        layerBefore,
                        t.layer(),
                        Optional.ofNullable(tryInstead.get(t.turnNo())),
                        Optional.ofNullable(resistedAt.get(t.turnNo())),
                        Optional.ofNullable(answeredAt.get(t.turnNo()))));
                layerBefore = t.layer();
            }
            return new FeedbackReport(
                    a.attemptId(),
                    new UserId(a.traineeId()),
                    Optional.ofNullable(a.assignmentId()).map(AssignmentId::new),
                    brief(scenario, styleShown),
                    Optional.ofNullable(a.endedBy()),
                    a.startedAt(),
                    a.completedAt() == null ? a.updatedAt() : a.completedAt(),
                    a.overallScore() == null ? graded.overall() : a.overallScore(),
                    skills,
                    opening(scenario, a),
                    Optional.ofNullable(resistedAt.get(0)),
                    annotated,
                    graded.resistanceMoments(),
                    stored.isEmpty() ? graded.counted() : counted);
        }));
    }

    /** The trainee's attempts, newest first, narrowed by the filter. */
    public List<AttemptSummary> attempts(UserId trainee, AttemptFilter filter) {
        return guard(() -> tx.executeRead(s -> attempts.findByTraineeIdOrderByStartedAtDesc(trainee.value()).stream()
                .map(this::summary)
                .filter(filter::matches)
                .toList()));
    }

    /** The trainee's completed attempts, oldest first, with the seven skill scores of each. */
    public List<ProgressPoint> progress(UserId trainee) {
        return guard(() -> tx.executeRead(s -> {
            List<AttemptRow> done = attempts.findByTraineeIdOrderByStartedAtDesc(trainee.value()).stream()
                    .filter(a -> a.status() == AttemptStatus.COMPLETED)
                    .sorted(Comparator.comparing(
                            AttemptRow::completedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            if (done.isEmpty()) {
                return List.<ProgressPoint>of();
            }
            Map<Long, Map<Skill, Integer>> scores = new HashMap<>();
            for (SkillScoreRow r : skillScores.findByAttemptIdIn(
                    done.stream().map(AttemptRow::id).toList())) {
                scores.computeIfAbsent(r.attemptId(), k -> new EnumMap<>(Skill.class))
                        .put(Skill.fromId(r.skill()), r.score());
            }
            return done.stream()
                    .map(a -> new ProgressPoint(
                            a.attemptId(),
                            a.scenarioId(),
                            title(a),
                            a.completedAt() == null ? a.updatedAt() : a.completedAt(),
                            a.overallScore() == null ? 0 : a.overallScore(),
                            scores.getOrDefault(a.id(), Map.of())))
                    .toList();
        }));
    }

    /** Everything of the trainee's attempts, as JSON or as CSV text. */
    public String export(UserId trainee, ExportFormat format) {
        return guard(() -> tx.executeRead(s -> {
            List<AttemptRow> mine = attempts.findByTraineeIdOrderByStartedAtDesc(trainee.value());
            List<Long> ids = mine.stream().map(AttemptRow::id).toList();
            Map<Long, List<TurnRow>> turnsOf = new LinkedHashMap<>();
            Map<Long, List<SkillScoreRow>> skillsOf = new HashMap<>();
            if (!ids.isEmpty()) {
                List<TurnRow> all = new ArrayList<>(turns.findByAttemptIdIn(ids));
                all.sort(Comparator.comparingLong(TurnRow::attemptId).thenComparingInt(TurnRow::turnNo));
                for (TurnRow t : all) {
                    turnsOf.computeIfAbsent(t.attemptId(), k -> new ArrayList<>())
                            .add(t);
                }
                for (SkillScoreRow r : skillScores.findByAttemptIdIn(ids)) {
                    skillsOf.computeIfAbsent(r.attemptId(), k -> new ArrayList<>())
                            .add(r);
                }
            }
            List<AttemptExport.Item> items = new ArrayList<>();
            for (AttemptRow a : mine) {
                items.add(new AttemptExport.Item(
                        a,
                        title(a),
                        turnsOf.getOrDefault(a.id(), List.of()),
                        skillsOf.getOrDefault(a.id(), List.of())));
            }
            return AttemptExport.write(format, trainee, items, clock.instant());
        }));
    }

    /** Deletes one of the trainee's attempts with its turns and scores. */
    public void delete(UserId trainee, AttemptId id) {
        guard(() -> tx.executeWrite(s -> {
            owned(trainee, id);
            attempts.deleteById(id.value());
            return null;
        }));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /**
     * Why a turn text cannot be sent, if it cannot: empty (after trimming) or longer than {@link
     * #MAX_TURN_LENGTH} characters. Views use it to explain before sending; the service checks again.
     */
    public static Optional<String> problemWith(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of("Write something before sending: an empty turn cannot be sent.");
        }
        int length = t.codePointCount(0, t.length());
        if (length > MAX_TURN_LENGTH) {
            return Optional.of(String.format(
                    java.util.Locale.ROOT,
                    "Your turn is %,d characters long; the limit is %,d. Shorten it and send again.",
                    length,
                    MAX_TURN_LENGTH));
        }
        return Optional.empty();
    }

    private static String acceptable(String text) {
        Optional<String> problem = problemWith(text);
        if (problem.isPresent()) {
            throw new PracticeException.TurnRejected(problem.get());
        }
        return text.strip();
    }

    /** The attempt if it exists and is the trainee's own; otherwise "not found" either way. */
    private AttemptRow owned(UserId trainee, AttemptId id) {
        return attempts.findById(id.value())
                .filter(a -> a.traineeId() == trainee.value())
                .orElseThrow(() -> new PracticeException.AttemptNotFound(id));
    }

    /**
     * The attempt if the viewer may read its report: the trainee, a facilitator of one of the
     * trainee's cohorts, or a program lead. Otherwise "not found", as for a missing attempt.
     */
    private AttemptRow readable(UserId viewer, AttemptId id) {
        AttemptRow a = attempts.findById(id.value()).orElseThrow(() -> new PracticeException.AttemptNotFound(id));
        if (a.traineeId() == viewer.value()) {
            return a;
        }
        Role role = accounts.find(viewer).map(Account::role).orElse(null);
        boolean reviewer = role == Role.PROGRAM_LEAD
                || (role == Role.FACILITATOR && cohorts.facilitates(viewer, new UserId(a.traineeId())));
        if (!reviewer) {
            throw new PracticeException.AttemptNotFound(id);
        }
        return a;
    }

    /** Free practice shows the style; an assignment shows it only when the facilitator reveals it. */
    private boolean styleShownToTrainee(AttemptRow a) {
        if (a.assignmentId() == null) {
            return true;
        }
        return assignments
                .find(new AssignmentId(a.assignmentId()))
                .map(x -> x.terms().revealStyle())
                .orElse(false);
    }

    private LiveAttempt live(AttemptRow a) {
        Scenario scenario = catalog.played(a.scenarioId(), a.scenarioVersion());
        return live(a, scenario, turns.findByAttemptIdOrderByTurnNo(a.id()));
    }

    private LiveAttempt live(AttemptRow a, Scenario scenario, List<TurnRow> rows) {
        List<TurnRecord> records = rows.stream().map(PracticeService::record).toList();
        TurnGuidance guidance =
                a.status() == AttemptStatus.IN_PROGRESS ? guidanceNow(a, scenario, rows) : TurnGuidance.NONE;
        return new LiveAttempt(
                a.attemptId(),
                brief(scenario, styleShownToTrainee(a)),
                a.status(),
                Optional.ofNullable(a.endedBy()),
                new PracticeOptions(a.hints(), a.guided()),
                a.assignmentId() == null,
                opening(scenario, a),
                records,
                guidance);
    }

    private TurnGuidance guidanceNow(AttemptRow a, Scenario scenario) {
        if (!a.hints() && !a.guided()) {
            return TurnGuidance.NONE;
        }
        return guidanceNow(a, scenario, turns.findByAttemptIdOrderByTurnNo(a.id()));
    }

    private TurnGuidance guidanceNow(AttemptRow a, Scenario scenario, List<TurnRow> rows) {
        if (!a.hints() && !a.guided()) {
            return TurnGuidance.NONE;
        }
        if (rows.isEmpty()) {
            return guidance(a, opening(scenario, a).text(), null, 0);
        }
        TurnRow last = rows.get(rows.size() - 1);
        ClassifiedMove lastMove = new ClassifiedMove(Codec.codes(last.codes()), Codec.evidence(last.evidence()));
        return guidance(a, last.personaText(), lastMove, last.turnNo());
    }

    private TurnGuidance guidance(AttemptRow a, String personaLine, ClassifiedMove lastMove, int turn) {
        if (!a.hints() && !a.guided()) {
            return TurnGuidance.NONE;
        }
        long seed = a.seed() * 31 + turn;
        Guidance g = suggestions.suggest(personaLine, lastMove, seed);
        List<CandidateTurn> candidates = List.of();
        if (a.guided()) {
            List<CandidateTurn> shuffled = new ArrayList<>(g.candidates());
            java.util.Collections.shuffle(shuffled, new Random(seed));
            candidates = shuffled;
        }
        return new TurnGuidance(a.hints() ? Optional.of(g.hint()) : Optional.empty(), candidates);
    }

    private static PersonaUtterance opening(Scenario scenario, AttemptRow a) {
        String first = Codec.lineIds(a.usedLineIds()).get(0);
        PersonaLine line = scenario.script().line(first).orElseThrow();
        return new PersonaUtterance(line.text(), line.cue());
    }

    private static Transcript transcript(Scenario scenario, AttemptRow a, List<TurnRow> rows) {
        List<ConversationTurn> list = new ArrayList<>(rows.size());
        for (TurnRow t : rows) {
            Set<MoveCode> codes = Codec.codes(t.codes());
            list.add(new ConversationTurn(
                    t.turnNo(),
                    t.traineeText(),
                    codes.isEmpty()
                            ? ClassifiedMove.other("no codes stored")
                            : new ClassifiedMove(codes, Codec.evidence(t.evidence())),
                    t.personaText(),
                    Codec.signals(t.signals()),
                    t.layer()));
        }
        return new Transcript(opening(scenario, a).text(), Set.of(), list);
    }

    private static TurnRecord record(TurnOutcome o) {
        return new TurnRecord(
                o.number(),
                o.traineeText(),
                o.classified().codes(),
                new PersonaUtterance(o.reply().text(), o.reply().cue()),
                o.reply().signals(),
                o.reply().disclosedLayer(),
                o.state().layer());
    }

    private static TurnRecord record(TurnRow t) {
        return new TurnRecord(
                t.turnNo(),
                t.traineeText(),
                Codec.codes(t.codes()),
                new PersonaUtterance(t.personaText(), t.personaCue()),
                Codec.signals(t.signals()),
                t.disclosedLayer(),
                t.layer());
    }

    private AttemptSummary summary(AttemptRow a) {
        return new AttemptSummary(
                a.attemptId(),
                a.scenarioId(),
                a.scenarioVersion(),
                title(a),
                a.status(),
                Optional.ofNullable(a.endedBy()),
                a.turnCount(),
                a.overallScore() == null ? OptionalInt.empty() : OptionalInt.of(a.overallScore()),
                a.startedAt(),
                Optional.ofNullable(a.completedAt()));
    }

    private String title(AttemptRow a) {
        return catalog.played(a.scenarioId(), a.scenarioVersion()).title();
    }

    /** Runs service work, turning a database that does not answer into a clear message. */
    private static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (PracticeException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof PracticeException p) {
                    throw p;
                }
            }
            if (isDatabaseFailure(e)) {
                LOG.warn("Practice database call failed: {}", e.toString());
                throw new PracticeException.Unavailable(e);
            }
            throw e;
        }
    }

    static boolean isIntegrityViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    static boolean isDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.startsWith("io.micronaut.data.exceptions.")
                    || name.startsWith("io.micronaut.transaction.exceptions.")) {
                return true;
            }
        }
        return false;
    }
}
