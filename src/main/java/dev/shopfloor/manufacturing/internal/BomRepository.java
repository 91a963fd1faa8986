package dev.shopfloor.manufacturing.internal;

import static dev.shopfloor.platform.database.ArrayColumns.column;

import dev.shopfloor.manufacturing.BomLine;
import dev.shopfloor.manufacturing.BomLineInput;
import dev.shopfloor.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_bom_lines rows of an item. */
@Repository
public class BomRepository {

    private static final String OF_ITEM = """
            SELECT b.id, b.material_sku, b.quantity_per_unit, b.stage
            FROM production_bom_lines b
            JOIN production_stages s ON s.code = b.stage
            WHERE b.item_id = :itemId
            ORDER BY s.position, b.material_sku
            """;

    private static final String OF_ITEMS = """
            SELECT b.item_id, b.id, b.material_sku, b.quantity_per_unit, b.stage
            FROM production_bom_lines b
            JOIN production_stages s ON s.code = b.stage
            WHERE b.item_id = ANY(:itemIds)
            ORDER BY b.item_id, s.position, b.material_sku
            """;

    private static final String DELETE_OF_ITEM = """
            DELETE FROM production_bom_lines
            WHERE item_id = :itemId
            """;

    private static final String INSERT = """
            INSERT INTO production_bom_lines (id, item_id, material_sku, quantity_per_unit, stage)
            SELECT b.id, :itemId, b.material_sku, b.quantity_per_unit, b.stage
            FROM unnest(CAST(:ids AS uuid[]), CAST(:skus AS text[]), CAST(:quantities AS numeric[]),
                        CAST(:stages AS text[]))
                 AS b(id, material_sku, quantity_per_unit, stage)
            """;

    private final JdbcClient jdbc;

    BomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BomLine> ofItem(UUID itemId) {
        return jdbc.sql(OF_ITEM)
                .param("itemId", itemId)
                .query(BomRepository::map)
                .list();
    }

    /** The lines of several items in one query, by item id, each list in stage order. */
    Map<UUID, List<BomLine>> ofItems(Collection<UUID> itemIds) {
        Map<UUID, List<BomLine>> byItem = new HashMap<>();
        jdbc.sql(OF_ITEMS).param("itemIds", itemIds.toArray(UUID[]::new)).query((RowCallbackHandler)
                rs -> byItem.computeIfAbsent(rs.getObject("item_id", UUID.class), id -> new ArrayList<>())
                        .add(map(rs, 0)));
        return byItem;
    }

    private static BomLine map(ResultSet rs, int row) throws SQLException {
        return new BomLine(
                rs.getObject("id", UUID.class),
                rs.getString("material_sku"),
                rs.getBigDecimal("quantity_per_unit"),
                rs.getString("stage"));
    }

    /** Replaces the item's lines with these. */
    public void replace(UUID itemId, List<BomLineInput> lines) {
        jdbc.sql(DELETE_OF_ITEM).param("itemId", itemId).update();
        if (lines.isEmpty()) {
            return;
        }
        jdbc.sql(INSERT)
                .param("itemId", itemId)
                .param("ids", lines.stream().map(l -> Ids.newId()).toArray(UUID[]::new))
                .param("skus", column(lines, BomLineInput::materialSku))
                .param("quantities", column(lines, l -> l.quantityPerUnit().toPlainString()))
                .param("stages", column(lines, BomLineInput::stage))
                .update();
    }
}
