package app.attune.core.review;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.testing.TestDatabases;

class ReviewServiceOnH2Test extends ReviewServiceContract {
    @Override
    DatabaseSettings database() {
        return TestDatabases.h2("reviews");
    }
}
