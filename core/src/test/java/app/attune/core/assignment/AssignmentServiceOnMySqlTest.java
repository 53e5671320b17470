package app.attune.core.assignment;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class AssignmentServiceOnMySqlTest extends AssignmentServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("assignments");
    }
}
