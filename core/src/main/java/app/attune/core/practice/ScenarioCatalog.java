package app.attune.core.practice;

import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.library.ScenarioLibrary;
import app.attune.scenarios.validate.Checked;
import app.attune.scenarios.validate.ScenarioValidator;
import app.attune.scenarios.validate.SourceText;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scenarios on offer (the bundled library) and the scenario versions attempts were played with.
 * Every attempt is played from a snapshot of its scenario file, stored once per (id, version), so
 * later edits to a file never change an attempt's replies, resumption or report. Parsed snapshots
 * are cached: a snapshot never changes once stored.
 */
@Singleton
class ScenarioCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioCatalog.class);

    private final ScenarioLibrary library;
    private final SnapshotRepository snapshots;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Map<String, Scenario> played = new ConcurrentHashMap<>();

    ScenarioCatalog(
            ScenarioLibrary library, SnapshotRepository snapshots, TransactionOperations<Connection> tx, Clock clock) {
        this.library = library;
        this.snapshots = snapshots;
        this.tx = tx;
        this.clock = clock;
    }

    /** The scenarios on offer now, in library order. */
    List<Scenario> current() {
        return library.scenarios();
    }

    Optional<Scenario> current(String id) {
        return library.find(id);
    }

    /**
     * The snapshot of the current version of a bundled scenario, storing it first if this version
     * was never played. If the stored text of this version differs from the file (edited without a
     * version bump), the stored one wins, so running attempts stay consistent.
     */
    Scenario snapshotOf(Scenario current) {
        String key = key(current.id(), current.version());
        Scenario cached = played.get(key);
        if (cached != null) {
            return cached;
        }
        String text = bundledText(current.id());
        String sha = sha256(text);
        SnapshotRow row;
        try {
            row = tx.executeWrite(s -> snapshots
                    .findByScenarioIdAndVersion(current.id(), current.version())
                    .orElseGet(() -> snapshots.save(new SnapshotRow(
                            null, current.id(), current.version(), current.title(), text, sha, clock.instant()))));
        } catch (RuntimeException e) {
            // another node or thread stored the same version at the same moment: read theirs
            row = tx.executeRead(s -> snapshots.findByScenarioIdAndVersion(current.id(), current.version()))
                    .orElseThrow(() -> e);
        }
        if (!row.sourceSha256().equals(sha)) {
            LOG.warn(
                    "Scenario {} version {} changed without a version bump; attempts keep the stored text."
                            + " Bump 'version' in the file to offer the new text.",
                    current.id(),
                    current.version());
        }
        return cache(row);
    }

    /** The scenario exactly as the given version was stored when first played. */
    Scenario played(String id, int version) {
        Scenario cached = played.get(key(id, version));
        if (cached != null) {
            return cached;
        }
        SnapshotRow row = tx.executeRead(s -> snapshots.findByScenarioIdAndVersion(id, version))
                .orElseThrow(() -> new IllegalStateException("no snapshot of scenario " + id + " version " + version));
        return cache(row);
    }

    private Scenario cache(SnapshotRow row) {
        return played.computeIfAbsent(key(row.scenarioId(), row.version()), k -> parse(row));
    }

    private static Scenario parse(SnapshotRow row) {
        Checked checked =
                ScenarioValidator.check(new SourceText("scenarios/" + row.scenarioId() + ".yaml", row.sourceText()));
        return checked.scenario()
                .orElseThrow(() -> new IllegalStateException("the stored snapshot of scenario " + row.scenarioId()
                        + " version " + row.version() + " no longer parses: " + checked.problems()));
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

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }
}
