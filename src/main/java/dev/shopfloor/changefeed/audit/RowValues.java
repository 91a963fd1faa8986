package dev.shopfloor.changefeed.audit;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a logged row snapshot into what the API shows: top-level column names in camelCase (nested JSON such as
 * {@code specs} is user data and keeps its keys), and no secret-looking column even if a table forgot to name it
 * as secret in {@code shopfloor_track} — the trigger is the first wall, this is the second.
 */
@Component
class RowValues {

    private static final Pattern SECRET = Pattern.compile(".*(password|secret|_hash$|token).*");

    private final JsonMapper json;

    RowValues(JsonMapper json) {
        this.json = json;
    }

    @Nullable
    ObjectNode parse(@Nullable String row) {
        if (row == null) {
            return null;
        }
        JsonNode parsed = json.readTree(row);
        ObjectNode cleaned = json.createObjectNode();
        parsed.properties().forEach(field -> {
            if (!isSecret(field.getKey())) {
                cleaned.set(camelCase(field.getKey()), field.getValue());
            }
        });
        return cleaned;
    }

    static boolean isSecret(String column) {
        return SECRET.matcher(column.toLowerCase(Locale.ROOT)).matches();
    }

    static String camelCase(String column) {
        StringBuilder out = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
