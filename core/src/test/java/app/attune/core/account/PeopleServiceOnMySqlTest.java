package app.attune.core.account;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class PeopleServiceOnMySqlTest extends PeopleServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("people");
    }
}
