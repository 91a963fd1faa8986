package dev.shopfloor.catalog.internal;

import static dev.shopfloor.platform.database.FilterClauses.add;

import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.ItemFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The filtered, keyset-paginated item list. Only the conditions of the given filters enter the SQL, so each
 * query can use the index of its filter (trigram GIN for q, GIN for sports/fabrics, btree for the rest, the primary
 * key for ids; inStock probes the item's stock levels by {@code stock_levels(item_id)}).
 */
@Repository
class ItemSearch {

    private static final String SELECT = "SELECT " + ItemRepository.COLUMNS + """
            FROM catalog_items i
            WHERE true
            """;

    private static final String AFTER = "AND i.id < :after\n";

    private static final String Q = "AND (i.sku || ' ' || i.name || ' ' || coalesce(i.description, '')) ILIKE :q\n";

    private static final String CATEGORY_SUBTREE = """
            AND i.category_id IN (
                WITH RECURSIVE subtree AS (
                    SELECT id FROM catalog_categories WHERE id = :categoryId
                    UNION ALL
                    SELECT c.id FROM catalog_categories c JOIN subtree s ON c.parent_id = s.id)
                SELECT id FROM subtree)
            """;

    private static final String SPORT = "AND i.sport_ids @> ARRAY[:sportId::uuid]\n";
    private static final String FABRIC = "AND i.fabric_ids @> ARRAY[:fabricId::uuid]\n";
    private static final String VENDOR = "AND i.vendor_id = :vendorId\n";
    private static final String STATUS = "AND i.status = :status\n";
    private static final String MIN_PRICE = "AND i.price >= :minPrice\n";
    private static final String MAX_PRICE = "AND i.price <= :maxPrice\n";
    private static final String IDS = "AND i.id = ANY(:ids::uuid[])\n";

    // Inventory's published view, read in SQL only (catalog must not depend on inventory in Java, D20). Available
    // never goes below zero, so "total over all SKUs and locations > 0" is "some level has stock available";
    // the item's levels are found through the stock_levels(item_id) index.
    private static final String IN_STOCK = """
            AND EXISTS (
                SELECT 1
                FROM stock_availability a
                WHERE a.item_id = i.id
                AND a.available > 0)
            """;

    private static final String NOT_IN_STOCK = """
            AND NOT EXISTS (
                SELECT 1
                FROM stock_availability a
                WHERE a.item_id = i.id
                AND a.available > 0)
            """;

    private static final String ORDER = """
            ORDER BY i.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;
    private final ItemRepository items;

    ItemSearch(JdbcClient jdbc, ItemRepository items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    /** Up to {@code fetch} items after the cursor, newest first, with their variants (one extra query). */
    List<CatalogItem> find(ItemFilter filter, @Nullable UUID after, int fetch) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        add(sql, params, AFTER, "after", after);
        if (!filter.ids().isEmpty()) {
            add(sql, params, IDS, "ids", SqlArrays.uuids(filter.ids()));
        }
        add(sql, params, Q, "q", filter.q() == null || filter.q().isBlank() ? null : like(filter.q()));
        add(sql, params, CATEGORY_SUBTREE, "categoryId", filter.categoryId());
        add(sql, params, SPORT, "sportId", filter.sportId());
        add(sql, params, FABRIC, "fabricId", filter.fabricId());
        add(sql, params, VENDOR, "vendorId", filter.vendorId());
        add(sql, params, STATUS, "status", filter.status());
        add(sql, params, MIN_PRICE, "minPrice", filter.minPrice());
        add(sql, params, MAX_PRICE, "maxPrice", filter.maxPrice());
        if (filter.inStock() != null) {
            sql.append(filter.inStock() ? IN_STOCK : NOT_IN_STOCK);
        }
        sql.append(ORDER);
        params.put("limit", fetch);
        List<CatalogItem> page =
                jdbc.sql(sql.toString()).params(params).query(items::map).list();
        return items.withVariants(new ArrayList<>(page));
    }

    /** A substring pattern; the user's % and _ are matched literally. */
    static String like(String q) {
        String escaped = q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
