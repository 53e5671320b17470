package app.attune.core.insights;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class InsightsServiceOnH2Test extends InsightsServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("insights");
    }
}
