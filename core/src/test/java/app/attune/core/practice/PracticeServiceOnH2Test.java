package app.attune.core.practice;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class PracticeServiceOnH2Test extends PracticeServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("practice");
    }
}
