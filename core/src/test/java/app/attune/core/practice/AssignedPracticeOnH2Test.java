package app.attune.core.practice;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class AssignedPracticeOnH2Test extends AssignedPracticeContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("assigned-practice");
    }
}
