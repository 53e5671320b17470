package app.attune.core.practice;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class AssignedPracticeOnMySqlTest extends AssignedPracticeContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("assigned_practice");
    }
}
