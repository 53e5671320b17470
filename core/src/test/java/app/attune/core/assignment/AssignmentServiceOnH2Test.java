package app.attune.core.assignment;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class AssignmentServiceOnH2Test extends AssignmentServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("assignments");
    }
}
