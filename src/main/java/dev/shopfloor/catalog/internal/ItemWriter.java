package dev.shopfloor.catalog.internal;

import static dev.shopfloor.platform.database.ArrayColumns.column;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes items and variants set-wise: each method is ONE statement over {@code unnest} of column arrays, whether
 * it writes one row (a PUT) or ten thousand (a bulk upsert). Versions and timestamps are left to the triggers.
 */
@Repository
class ItemWriter {

    private static final String ITEM_ARRAYS = """
            unnest(:ids::uuid[], :skus::text[], :names::text[], :descriptions::text[], :prices::numeric[],
                   :currencies::text[], :statuses::text[], :fulfillments::text[], :autoReorders::boolean[],
                   :categoryIds::uuid[], :vendorIds::uuid[], :specs::text[], :sportIds::text[],
                   :fabricIds::text[], :bumps::int[])
                AS v(id, sku, name, description, price, currency, status, fulfillment, auto_reorder,
                     category_id, vendor_id, specs, sport_ids, fabric_ids, bump)
            """;

    private static final String INSERT_ITEMS = """
            INSERT INTO catalog_items (id, sku, name, description, price, currency, status, fulfillment,
                                       auto_reorder, category_id, vendor_id, specs, sport_ids, fabric_ids)
            SELECT v.id, v.sku, v.name, v.description, v.price, v.currency, v.status, v.fulfillment,
                   v.auto_reorder, v.category_id, v.vendor_id, v.specs::jsonb, v.sport_ids::uuid[],
                   v.fabric_ids::uuid[]
            FROM
            """ + ITEM_ARRAYS;

    // Rows whose values are all the same (and whose variants did not change) are not touched at all.
    private static final String UPDATE_ITEMS = """
            UPDATE catalog_items c
            SET sku = v.sku, name = v.name, description = v.description, price = v.price, currency = v.currency,
                status = v.status, fulfillment = v.fulfillment, auto_reorder = v.auto_reorder,
                category_id = v.category_id, vendor_id = v.vendor_id, specs = v.specs::jsonb,
                sport_ids = v.sport_ids::uuid[], fabric_ids = v.fabric_ids::uuid[],
                variants_revision = c.variants_revision + v.bump
            FROM
            """ + ITEM_ARRAYS + """
            WHERE c.id = v.id
            AND (v.bump > 0
                 OR (c.sku, c.name, c.description, c.price, c.currency::text, c.status, c.fulfillment,
                     c.auto_reorder, c.category_id, c.vendor_id, c.specs, c.sport_ids, c.fabric_ids)
                    IS DISTINCT FROM
                    (v.sku, v.name, v.description, v.price, v.currency, v.status, v.fulfillment,
                     v.auto_reorder, v.category_id, v.vendor_id, v.specs::jsonb, v.sport_ids::uuid[],
                     v.fabric_ids::uuid[]))
            RETURNING c.id
            """;

    private static final String INSERT_VARIANTS = """
            INSERT INTO catalog_variants (id, item_id, sku, size, color, price)
            SELECT v.id, v.item_id, v.sku, v.size, v.color, v.price
            FROM unnest(:ids::uuid[], :itemIds::uuid[], :skus::text[], :sizes::text[], :colors::text[],
                        :prices::numeric[])
                AS v(id, item_id, sku, size, color, price)
            """;

    private static final String UPDATE_VARIANTS = """
            UPDATE catalog_variants c
            SET sku = v.sku, size = v.size, color = v.color, price = v.price
            FROM unnest(:ids::uuid[], :skus::text[], :sizes::text[], :colors::text[], :prices::numeric[])
                AS v(id, sku, size, color, price)
            WHERE c.id = v.id
            """;

    private static final String DELETE_VARIANTS = """
            DELETE FROM catalog_variants
            WHERE id = ANY(:ids::uuid[])
            """;

    private static final String DELETE_ITEM = """
            DELETE FROM catalog_items
            WHERE id = :id
            """;

    private final JdbcClient jdbc;

    ItemWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertItems(List<ItemValues> rows) {
        if (!rows.isEmpty()) {
            itemArrays(jdbc.sql(INSERT_ITEMS), rows, Set.of()).update();
        }
    }

    /** Updates the rows that differ (or whose variants changed); returns the ids actually updated. */
    Set<UUID> updateItems(List<ItemValues> rows, Set<UUID> variantsChanged) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(itemArrays(jdbc.sql(UPDATE_ITEMS), rows, variantsChanged)
                .query(UUID.class)
                .list());
    }

    void insertVariants(List<VariantValues> rows) {
        if (!rows.isEmpty()) {
            jdbc.sql(INSERT_VARIANTS)
                    .param("ids", column(rows, VariantValues::id))
                    .param("itemIds", column(rows, VariantValues::itemId))
                    .param("skus", column(rows, VariantValues::sku))
                    .param("sizes", column(rows, VariantValues::size))
                    .param("colors", column(rows, VariantValues::color))
                    .param("prices", column(rows, VariantValues::price))
                    .update();
        }
    }

    void updateVariants(List<VariantValues> rows) {
        if (!rows.isEmpty()) {
            jdbc.sql(UPDATE_VARIANTS)
                    .param("ids", column(rows, VariantValues::id))
                    .param("skus", column(rows, VariantValues::sku))
                    .param("sizes", column(rows, VariantValues::size))
                    .param("colors", column(rows, VariantValues::color))
                    .param("prices", column(rows, VariantValues::price))
                    .update();
        }
    }

    void deleteVariants(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql(DELETE_VARIANTS).param("ids", SqlArrays.uuids(ids)).update();
        }
    }

    void deleteItem(UUID id) {
        jdbc.sql(DELETE_ITEM).param("id", id).update();
    }

    private static JdbcClient.StatementSpec itemArrays(
            JdbcClient.StatementSpec sql, List<ItemValues> rows, Set<UUID> bumped) {
        return sql.param("ids", column(rows, ItemValues::id))
                .param("skus", column(rows, ItemValues::sku))
                .param("names", column(rows, ItemValues::name))
                .param("descriptions", column(rows, ItemValues::description))
                .param("prices", column(rows, ItemValues::price))
                .param("currencies", column(rows, ItemValues::currency))
                .param("statuses", column(rows, ItemValues::status))
                .param("fulfillments", column(rows, ItemValues::fulfillment))
                .param("autoReorders", column(rows, ItemValues::autoReorder))
                .param("categoryIds", column(rows, ItemValues::categoryId))
                .param("vendorIds", column(rows, ItemValues::vendorId))
                .param("specs", column(rows, ItemValues::specsJson))
                .param("sportIds", column(rows, r -> SqlArrays.literal(r.sportIds())))
                .param("fabricIds", column(rows, r -> SqlArrays.literal(r.fabricIds())))
                .param("bumps", column(rows, r -> bumped.contains(r.id()) ? 1 : 0));
    }
}
