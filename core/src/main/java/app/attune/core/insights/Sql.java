package app.attune.core.insights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A statement put together from optional parts, with its parameters in order. */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql add(String part, Object... values) {
        text.append(part);
        params.addAll(List.of(values));
        return this;
    }

    /** {@code column IN (?, ?, ...)}; an empty collection matches nothing (SQL has no empty IN list). */
    Sql in(String column, Collection<?> values) {
        if (values.isEmpty()) {
            return add("1 = 0");
        }
        text.append(column).append(" IN (");
        String sep = "";
        for (Object v : values) {
            text.append(sep).append('?');
            params.add(v);
            sep = ", ";
        }
        text.append(')');
        return this;
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Instant instant) {
                ps.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
