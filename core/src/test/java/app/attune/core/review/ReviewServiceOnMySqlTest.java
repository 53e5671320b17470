package app.attune.core.review;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class ReviewServiceOnMySqlTest extends ReviewServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.mysql("reviews");
    }
}
