package app.attune.core.assignment;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class AssignmentMigrationOnMySqlTest extends AssignmentMigrationContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("assignment_migration");
    }
}
