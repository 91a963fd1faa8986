package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.Movement;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.database.ArrayColumns;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
            RETURNING id, level_id, sku, location_id, kind, quantity, on_hand_after, reason, reference_type,
                      reference_id, reference, actor_id, created_at
            """;

    private final JdbcClient jdbc;

    Movements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the entries in order and returns them as written, in the same order. */
    public List<Movement> insert(List<NewMovement> movements) {
        if (movements.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = movements.stream().map(m -> Ids.newId()).toList();
        Map<UUID, Movement> written = jdbc
                .sql(INSERT)
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .param("levels", ArrayColumns.column(movements, NewMovement::levelId))
                .param("kinds", ArrayColumns.column(movements, NewMovement::kind))
                .param(
                        "quantities",
                        movements.stream().map(NewMovement::quantity).toArray(Integer[]::new))
                .param("reasons", ArrayColumns.column(movements, NewMovement::reason))
                .param("referenceTypes", ArrayColumns.column(movements, NewMovement::referenceType))
                .param("referenceIds", ArrayColumns.column(movements, NewMovement::referenceId))
                .param("references", ArrayColumns.column(movements, NewMovement::reference))
                .query(MovementSearch::map)
                .stream()
                .collect(Collectors.toMap(Movement::id, Function.identity()));
        return ids.stream().map(written::get).toList();
    }
}
