package app.attune.core.database;

import app.attune.core.testing.TestDatabases;

class MigrationOnMySqlTest extends MigrationContract {
    @Override
    DatabaseSettings database() {
        // demo accounts are never created on MySQL unless asked
        return TestDatabases.mysql("migrations");
    }
}
