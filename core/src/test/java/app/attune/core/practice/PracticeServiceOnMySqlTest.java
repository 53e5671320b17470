package app.attune.core.practice;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class PracticeServiceOnMySqlTest extends PracticeServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("practice");
    }
}
