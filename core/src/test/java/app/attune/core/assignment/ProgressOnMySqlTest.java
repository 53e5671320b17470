package app.attune.core.assignment;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class ProgressOnMySqlTest extends ProgressContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("progress");
    }
}
