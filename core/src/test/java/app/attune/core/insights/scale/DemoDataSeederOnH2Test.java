package app.attune.core.insights.scale;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class DemoDataSeederOnH2Test extends DemoDataSeederContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("seeder");
    }
}
