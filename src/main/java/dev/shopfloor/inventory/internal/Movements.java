package dev.shopfloor.inventory.internal;

import dev.shopfloor.platform.Ids;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the ledger, any number of entries in one statement. The V9 trigger applies each entry to its level's
 * on_hand and records the result; a movement that would take on_hand below zero or below what is reserved
 * fails the statement (CHECK on stock_levels), so nothing is written.
 */
@Repository
public class Movements {

    private static final String INSERT = """
            INSERT INTO stock_movements (id, level_id, kind, quantity, reason, reference_type, reference_id, reference)
            SELECT m.id, m.level_id, m.kind, m.quantity, m.reason, m.reference_type, m.reference_id, m.reference
            FROM unnest(:ids::uuid[], :levels::uuid[], :kinds::text[], :quantities::int[], :reasons::text[],
                        :referenceTypes::text[], :referenceIds::uuid[], :references::text[])
                WITH ORDINALITY AS m(id, level_id, kind, quantity, reason, reference_type, reference_id, reference, n)
            ORDER BY m.n
            """;

    private final JdbcClient jdbc;

    Movements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<NewMovement> movements) {
        if (movements.isEmpty()) {
            return;
        }
        jdbc.sql(INSERT)
                .param(
                        "ids",
                        movements.stream().map(m -> Ids.newId().toString()).toArray(String[]::new))
                .param("levels", column(movements, NewMovement::levelId))
                .param("kinds", column(movements, NewMovement::kind))
                .param(
                        "quantities",
                        movements.stream().map(NewMovement::quantity).toArray(Integer[]::new))
                .param("reasons", column(movements, NewMovement::reason))
                .param("referenceTypes", column(movements, NewMovement::referenceType))
                .param("referenceIds", column(movements, NewMovement::referenceId))
                .param("references", column(movements, NewMovement::reference))
                .update();
    }

    private static String[] column(List<NewMovement> rows, Function<NewMovement, ?> value) {
        return rows.stream()
                .map(value)
                .map(v -> v == null ? null : Objects.toString(v))
                .toArray(String[]::new);
    }
}
