package app.attune.core.insights.scale;

import app.attune.core.account.PasswordHasher;
import app.attune.core.database.DatabaseKind;
import app.attune.core.database.DatabaseSettings;
import app.attune.grading.Skill;
import app.attune.grading.SkillLevel;
import app.attune.scenarios.format.AttachmentStyle;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.library.ScenarioLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Fills a database with a large, plausible demo program: facilitators, cohorts, trainees, assignments,
 * attempts over the last sixteen weeks with skill scores that improve with practice, and their turns.
 * Batched JDBC inserts on one connection of its own (MySQL gets rewritten multi-row batches), so
 * the scale (2,000 trainees, 20,000 attempts, 400,000 turns) takes well under a minute.
 * Seeded people sign in with their user name (seed-t00001...) and the demo password.
 */
public final class DemoDataSeeder {
    public static final String PREFIX = "seed-";
    static final int BATCH = 1_000;
    static final Duration SPAN = Duration.ofDays(16 * 7);
    private static final String[] FIRST = {
        "Ada", "Bea", "Cai", "Dara", "Eli", "Fay", "Gus", "Hana", "Ira", "Jon", "Kai", "Lena", "Milo", "Nia", "Omar",
        "Pia", "Quinn", "Rosa", "Sami", "Teo", "Uma", "Vic", "Wren", "Xena", "Yuri", "Zoe"
    };
    private static final String[] LAST = {
        "Adler", "Brandt", "Costa", "Dube", "Ekström", "Fischer", "García", "Haddad", "Ito", "Jansen", "Kowalski",
        "Lindqvist", "Mensah", "Novak", "O'Neill", "Petrov", "Quist", "Rahman", "Sato", "Tan", "Umar", "Varga",
        "Weber", "Yilmaz", "Zhou"
    };
    private static final String[] TERMS = {"Spring", "Summer", "Autumn", "Winter"};

    private final DatabaseSettings settings;
    private final ScenarioLibrary library;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Random random = new Random(20261122L);

    public DemoDataSeeder(DatabaseSettings settings, ScenarioLibrary library, PasswordHasher hasher, Clock clock) {
        this.settings = settings;
        this.library = library;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** What was created and how long it took. */
    public record Result(SeedSize size, int facilitators, int assignments, int skillScores, Duration took) {}

    /** Refuses (without changing anything) when seeded people already exist. */
    public Result seed(SeedSize size) {
        long started = System.nanoTime();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            if (count(c, "SELECT COUNT(*) FROM users WHERE username LIKE '" + PREFIX + "%'") > 0) {
                throw new IllegalStateException("This database already holds seeded demo data (users named " + PREFIX
                        + "...); seed an empty database instead.");
            }
            Instant now = clock.instant();
            Instant start = now.minus(SPAN);
            List<Scenario> scenarios = library.scenarios();
            if (scenarios.isEmpty()) {
                throw new IllegalStateException("The scenario library is empty: nothing to practise.");
            }
            snapshots(c, scenarios, start);
            String hash = hasher.hash(app.attune.core.account.DemoAccounts.PASSWORD);
            int facilitatorCount = Math.max(1, size.cohorts() / 10);
            List<Long> facilitators = users(c, "f", facilitatorCount, "FACILITATOR", hash, start);
            List<Long> trainees = users(c, "t", size.trainees(), "TRAINEE", hash, start);
            List<Long> cohorts = cohorts(c, size.cohorts(), facilitators, start);
            members(c, cohorts, trainees, start);
            List<Assigned> assigned = assignments(c, cohorts, facilitators, scenarios, start);
            List<Planned> attempts = plan(size, trainees, cohorts, assigned, scenarios, now);
            List<Long> ids = insertAttempts(c, attempts);
            int scores = skillScores(c, attempts, ids);
            turns(c, attempts, ids);
            c.commit();
            return new Result(
                    size, facilitatorCount, assigned.size(), scores, Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding failed: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        String url = settings.url();
        if (settings.kind() == DatabaseKind.MYSQL) {
            // multi-row INSERTs instead of one round trip per row
            url += (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        }
        return DriverManager.getConnection(url, settings.user(), settings.password());
    }

    private void snapshots(Connection c, List<Scenario> scenarios, Instant at) throws SQLException {
        try (PreparedStatement find = c.prepareStatement(
                        "SELECT COUNT(*) FROM scenario_snapshots WHERE scenario_id = ? AND version = ?");
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO scenario_snapshots"
                                + " (scenario_id, version, title, source_text, source_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Scenario s : scenarios) {
                find.setString(1, s.id());
                find.setInt(2, s.version());
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        continue;
                    }
                }
                String text = bundledText(s.id());
                insert.setString(1, s.id());
                insert.setInt(2, s.version());
                insert.setString(3, s.title());
                insert.setString(4, text);
                insert.setString(5, sha256(text));
                insert.setTimestamp(6, Timestamp.from(at));
                insert.executeUpdate();
            }
        }
    }

    private List<Long> users(Connection c, String kind, int n, String role, String hash, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO users (username, display_name, email,"
                        + " password_hash, role, must_change_password, active, created_at) VALUES (?, ?, ?, ?, ?, FALSE, TRUE, ?)")) {
            for (int i = 1; i <= n; i++) {
                String username = PREFIX + kind + String.format("%05d", i);
                ps.setString(1, username);
                ps.setString(2, FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
                ps.setString(3, username + "@seed.example");
                ps.setString(4, hash);
                ps.setString(5, role);
                ps.setTimestamp(6, Timestamp.from(at));
                batch(ps, i);
            }
            ps.executeBatch();
        }
        return ids(c, "SELECT id FROM users WHERE username LIKE '" + PREFIX + kind + "%' ORDER BY username");
    }

    private List<Long> cohorts(Connection c, int n, List<Long> facilitators, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO cohorts (name, facilitator_id, archived, created_at) VALUES (?, ?, FALSE, ?)")) {
            for (int i = 1; i <= n; i++) {
                ps.setString(1, String.format("%s 2026 · Cohort %03d", TERMS[i % TERMS.length], i));
                ps.setLong(2, facilitators.get((i - 1) % facilitators.size()));
                ps.setTimestamp(3, Timestamp.from(at));
                batch(ps, i);
            }
            ps.executeBatch();
        }
        StringBuilder in = new StringBuilder();
        for (Long f : facilitators) {
            in.append(in.isEmpty() ? "" : ",").append(f);
        }
        return ids(c, "SELECT id FROM cohorts WHERE facilitator_id IN (" + in + ") ORDER BY id");
    }

    /** Trainee i joins cohort i mod cohorts, so cohorts are equal in size. */
    private void members(Connection c, List<Long> cohorts, List<Long> trainees, Instant at) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO cohort_members (cohort_id, user_id, enrolled_at) VALUES (?, ?, ?)")) {
            for (int i = 0; i < trainees.size(); i++) {
                ps.setLong(1, cohorts.get(i % cohorts.size()));
                ps.setLong(2, trainees.get(i));
                ps.setTimestamp(3, Timestamp.from(at));
                batch(ps, i + 1);
            }
            ps.executeBatch();
        }
    }

    record Assigned(long id, long cohortId, String scenarioId, int threshold, Instant createdAt) {}

    /** Four scenarios per cohort, assigned a few weeks apart, each due three to six weeks later. */
    private List<Assigned> assignments(
            Connection c, List<Long> cohorts, List<Long> facilitators, List<Scenario> scenarios, Instant start)
            throws SQLException {
        List<Assigned> planned = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO assignments (cohort_id, scenario_id, assigned_by,"
                + " due_on, pass_threshold, hints, guided, reveal_style, chosen_only, created_at, active_scenario)"
                + " VALUES (?, ?, ?, ?, ?, FALSE, FALSE, FALSE, FALSE, ?, ?)")) {
            int n = 0;
            for (int ci = 0; ci < cohorts.size(); ci++) {
                int first = random.nextInt(scenarios.size());
                for (int k = 0; k < Math.min(4, scenarios.size()); k++) {
                    Scenario s = scenarios.get((first + k * 3) % scenarios.size());
                    Instant created = start.plus(Duration.ofDays(k * 21L + random.nextInt(7)));
                    int threshold = 50 + 5 * random.nextInt(4);
                    ps.setLong(1, cohorts.get(ci));
                    ps.setString(2, s.id());
                    ps.setLong(3, facilitators.get(ci % facilitators.size()));
                    ps.setDate(
                            4,
                            Date.valueOf(
                                    created.atZone(ZoneOffset.UTC).toLocalDate().plusDays(21 + random.nextInt(22))));
                    ps.setInt(5, threshold);
                    ps.setTimestamp(6, Timestamp.from(created));
                    ps.setString(7, s.id());
                    batch(ps, ++n);
                    planned.add(new Assigned(0, cohorts.get(ci), s.id(), threshold, created));
                }
            }
            ps.executeBatch();
        }
        List<Long> ids = ids(
                c,
                "SELECT a.id FROM assignments a JOIN cohorts c ON c.id = a.cohort_id"
                        + " JOIN users u ON u.id = c.facilitator_id WHERE u.username LIKE '" + PREFIX
                        + "%' ORDER BY a.id");
        List<Assigned> result = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Assigned p = planned.get(i);
            result.add(new Assigned(ids.get(i), p.cohortId(), p.scenarioId(), p.threshold(), p.createdAt()));
        }
        return result;
    }

    record Planned(
            long trainee,
            Scenario scenario,
            Long assignment,
            Instant startedAt,
            Instant endedAt,
            boolean completed,
            int turns,
            int[] scores,
            int overall) {}

    /**
     * Attempts per trainee in time order, so a trainee's first attempt has the lowest id. Scores come
     * from the trainee's ability, practice (each attempt adds a little), the scenario's difficulty and
     * style, a per-skill offset (emotive inquiry is the hard one) and noise.
     */
    private List<Planned> plan(
            SeedSize size,
            List<Long> trainees,
            List<Long> cohorts,
            List<Assigned> assigned,
            List<Scenario> scenarios,
            Instant now) {
        List<Planned> plan = new ArrayList<>(size.attempts());
        int perTrainee = size.attempts() / trainees.size();
        int extra = size.attempts() % trainees.size();
        int turnsEach = size.attempts() == 0 ? 0 : size.turns() / size.attempts();
        int turnsExtra = size.attempts() == 0 ? 0 : size.turns() % size.attempts();
        int[] skillOffset = {-12, 4, -2, -6, 8, -4, -8};
        int index = 0;
        for (int t = 0; t < trainees.size(); t++) {
            long cohort = cohorts.get(t % cohorts.size());
            List<Assigned> mine =
                    assigned.stream().filter(a -> a.cohortId() == cohort).toList();
            int count = perTrainee + (t < extra ? 1 : 0);
            double ability = 48 + random.nextGaussian() * 10;
            long stepMillis = SPAN.toMillis() / Math.max(1, count);
            for (int k = 0; k < count; k++) {
                Assigned a = !mine.isEmpty() && random.nextInt(10) < 8 ? mine.get(random.nextInt(mine.size())) : null;
                Scenario s = a != null
                        ? scenarios.stream()
                                .filter(x -> x.id().equals(a.scenarioId()))
                                .findFirst()
                                .orElseThrow()
                        : scenarios.get(random.nextInt(scenarios.size()));
                Instant startedAt =
                        now.minus(SPAN).plusMillis(stepMillis * k + (long) (random.nextDouble() * stepMillis));
                if (a != null && startedAt.isBefore(a.createdAt())) {
                    startedAt = a.createdAt().plusSeconds(3_600 + random.nextInt(86_400));
                }
                if (startedAt.isAfter(now.minusSeconds(3_600))) {
                    startedAt = now.minusSeconds(3_600 + random.nextInt(86_400));
                }
                boolean last = k == count - 1;
                boolean completed = !(last && random.nextInt(100) < 15);
                int turns = turnsEach + (index < turnsExtra ? 1 : 0);
                int[] scores = new int[Skill.values().length];
                int sum = 0;
                double level = ability + Math.min(k, 10) * 2.2 - (s.difficulty() - 2) * 7 + styleShift(s.style());
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = (int)
                            Math.max(0, Math.min(100, Math.round(level + skillOffset[i] + random.nextGaussian() * 11)));
                    sum += scores[i];
                }
                plan.add(new Planned(
                        trainees.get(t),
                        s,
                        a == null ? null : a.id(),
                        startedAt,
                        startedAt.plusSeconds(300 + turns * 40L),
                        completed,
                        turns,
                        scores,
                        Math.round((float) sum / scores.length)));
                index++;
            }
        }
        return plan;
    }

    private static int styleShift(AttachmentStyle style) {
        return switch (style) {
            case SECURE -> 8;
            case ANXIOUS -> -3;
            case AVOIDANT -> -9;
            case DISORGANIZED -> -12;
        };
    }

    private List<Long> insertAttempts(Connection c, List<Planned> plan) throws SQLException {
        long before = count(c, "SELECT COALESCE(MAX(id), 0) FROM attempts");
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO attempts (trainee_id, scenario_id, scenario_version,"
                        + " assignment_id, seed, status, ended_by, turn_count, safety, activation, layer, progress, strain,"
                        + " healing, resistance, rupture, closing, used_line_ids, overall_score, started_at, updated_at,"
                        + " completed_at, open_scenario)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 50, 30, ?, 0, 0, 0, FALSE, FALSE, ?, '', ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Planned p : plan) {
                ps.setLong(1, p.trainee());
                ps.setString(2, p.scenario().id());
                ps.setInt(3, p.scenario().version());
                if (p.assignment() == null) {
                    ps.setNull(4, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(4, p.assignment());
                }
                ps.setLong(5, random.nextLong());
                ps.setString(6, p.completed() ? "COMPLETED" : "IN_PROGRESS");
                ps.setString(7, p.completed() ? "TRAINEE" : null);
                ps.setInt(8, p.turns());
                ps.setInt(9, Math.min(4, p.overall() / 20));
                ps.setString(10, "OPEN");
                if (p.completed()) {
                    ps.setInt(11, p.overall());
                } else {
                    ps.setNull(11, java.sql.Types.INTEGER);
                }
                ps.setTimestamp(12, Timestamp.from(p.startedAt()));
                ps.setTimestamp(13, Timestamp.from(p.endedAt()));
                ps.setTimestamp(14, p.completed() ? Timestamp.from(p.endedAt()) : null);
                ps.setString(15, p.completed() ? null : p.scenario().id());
                batch(ps, ++n);
            }
            ps.executeBatch();
        }
        List<Long> ids = ids(c, "SELECT id FROM attempts WHERE id > " + before + " ORDER BY id");
        if (ids.size() != plan.size()) {
            throw new IllegalStateException("expected " + plan.size() + " new attempts, found " + ids.size());
        }
        return ids;
    }

    private int skillScores(Connection c, List<Planned> plan, List<Long> ids) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO skill_scores (attempt_id, skill, score, level,"
                + " explanation, evidence_turns) VALUES (?, ?, ?, ?, 'Seeded demo score.', '')")) {
            for (int i = 0; i < plan.size(); i++) {
                Planned p = plan.get(i);
                if (!p.completed()) {
                    continue;
                }
                Skill[] skills = Skill.values();
                for (int k = 0; k < skills.length; k++) {
                    ps.setLong(1, ids.get(i));
                    ps.setString(2, skills[k].id());
                    ps.setInt(3, p.scores()[k]);
                    ps.setString(4, SkillLevel.forScore(p.scores()[k]).name());
                    batch(ps, ++n);
                }
            }
            ps.executeBatch();
        }
        return n;
    }

    private void turns(Connection c, List<Planned> plan, List<Long> ids) throws SQLException {
        String[][] moves = {
            {"OPEN_QUESTION,EMOTIVE", "emotive", "What was that like for you?"},
            {"REFLECTION_COMPLEX", "reflect", "Part of you wants to step back, and part of you cares a lot."},
            {"OPEN_QUESTION", "inquire", "What happened next?"},
            {"ADVISE", "advise", "You should talk to your team about it."},
            {"OTHER", "neutral", "Mm-hm."}
        };
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO turns (attempt_id, turn_no, trainee_text, codes,"
                        + " evidence, move, persona_text, persona_cue, persona_line_id, signals, disclosed_layer, safety,"
                        + " activation, layer, progress, strain, healing, resistance, rupture, closing, created_at)"
                        + " VALUES (?, ?, ?, ?, '', ?, ?, 'pauses', 'seed', '', 0, 50, 30, 1, 0, 0, 0, FALSE, FALSE, 'OPEN', ?)")) {
            for (int i = 0; i < plan.size(); i++) {
                Planned p = plan.get(i);
                for (int turn = 1; turn <= p.turns(); turn++) {
                    String[] m = moves[random.nextInt(moves.length)];
                    ps.setLong(1, ids.get(i));
                    ps.setInt(2, turn);
                    ps.setString(3, m[2]);
                    ps.setString(4, m[0]);
                    ps.setString(5, m[1]);
                    ps.setString(6, "I suppose it has been a lot lately.");
                    ps.setTimestamp(7, Timestamp.from(p.startedAt().plusSeconds(turn * 40L)));
                    batch(ps, ++n);
                    if (n % 50_000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    private static void batch(PreparedStatement ps, int n) throws SQLException {
        ps.addBatch();
        if (n % BATCH == 0) {
            ps.executeBatch();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static String bundledText(String id) {
        String resource = "scenarios/" + id + ".yaml";
        try (InputStream in = ScenarioLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("scenario file " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
