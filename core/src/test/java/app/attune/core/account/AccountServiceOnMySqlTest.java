package app.attune.core.account;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class AccountServiceOnMySqlTest extends AccountServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("accounts");
    }
}
