package app.attune.core.assignment;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class AssignmentMigrationOnH2Test extends AssignmentMigrationContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("assignment_migration");
    }
}
