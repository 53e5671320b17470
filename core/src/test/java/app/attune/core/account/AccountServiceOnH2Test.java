package app.attune.core.account;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class AccountServiceOnH2Test extends AccountServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("accounts");
    }
}
