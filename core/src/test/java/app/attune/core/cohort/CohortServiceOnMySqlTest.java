package app.attune.core.cohort;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class CohortServiceOnMySqlTest extends CohortServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("cohorts");
    }
}
