package app.attune.core.insights.scale;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class DemoDataSeederOnMySqlTest extends DemoDataSeederContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("seeder");
    }
}
