package app.attune.scenarios.persona;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ids of lines said so far, in order, with quick membership and "said last at" lookups. */
final class UsedLines {

    private final List<String> order = new ArrayList<>();
    private final Map<String, Integer> lastAt = new HashMap<>();

    UsedLines(List<String> ids) {
        ids.forEach(this::add);
    }

    void add(String id) {
        lastAt.put(id, order.size());
        order.add(id);
    }

    boolean contains(String id) {
        return lastAt.containsKey(id);
    }

    int lastIndexOf(String id) {
        return lastAt.getOrDefault(id, -1);
    }

    List<String> ids() {
        return Collections.unmodifiableList(order);
    }

    int size() {
        return order.size();
    }
}
