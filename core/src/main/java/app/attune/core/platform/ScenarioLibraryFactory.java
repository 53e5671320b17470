package app.attune.core.platform;

import app.attune.scenarios.library.ScenarioLibrary;
import app.attune.scenarios.validate.Problem;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The scenario library, loaded and validated once; a bad file is logged with file and line, never fatal. */
@Factory
class ScenarioLibraryFactory {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioLibraryFactory.class);

    @Singleton
    ScenarioLibrary scenarioLibrary() {
        ScenarioLibrary library = ScenarioLibrary.bundled();
        for (Problem problem : library.problems()) {
            LOG.warn("Scenario file skipped: {}", problem);
        }
        return library;
    }
}
