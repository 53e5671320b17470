package app.attune.core.account;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class PeopleServiceOnH2Test extends PeopleServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("people");
    }
}
