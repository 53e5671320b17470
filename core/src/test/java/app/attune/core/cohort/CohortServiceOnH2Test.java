package app.attune.core.cohort;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class CohortServiceOnH2Test extends CohortServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("cohorts");
    }
}
