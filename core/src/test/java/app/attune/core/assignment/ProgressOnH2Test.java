package app.attune.core.assignment;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class ProgressOnH2Test extends ProgressContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("progress");
    }
}
