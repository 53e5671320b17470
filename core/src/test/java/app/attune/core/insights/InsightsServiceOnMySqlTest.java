package app.attune.core.insights;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class InsightsServiceOnMySqlTest extends InsightsServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("insights");
    }
}
