package io.parley.adapters.web.json;

import io.parley.domain.Refusal;
import java.util.Collection;
import java.util.List;

/** Reading a value whose JSON shape the reader cannot check by itself: a list of strings. */
public final class JsonValues {

    private JsonValues() {
    }

    /** The strings of a JSON array; none when the value is absent; {@code validation_failed} for any other shape. */
    public static List<String> strings(String field, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> items) || items.stream().anyMatch(item -> !(item instanceof String))) {
            throw Refusal.invalid(field, field + " must be a list of ids");
        }
        return items.stream().map(String.class::cast).toList();
    }
}
