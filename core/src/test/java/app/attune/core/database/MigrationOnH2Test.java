package app.attune.core.database;

import app.attune.core.testing.TestDatabases;

class MigrationOnH2Test extends MigrationContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("migrations").withDemoAccounts(true);
    }
}
