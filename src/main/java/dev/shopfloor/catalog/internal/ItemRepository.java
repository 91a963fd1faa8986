package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.CatalogItem.Variant;
import dev.shopfloor.platform.database.ArrayColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads of items and variants. Row-level security narrows every query to what the current actor may see. */
@Repository
class ItemRepository {

    static final String COLUMNS = """
            i.id, i.version, i.sku, i.name, i.description, i.price, i.currency, i.status, i.fulfillment,
            i.auto_reorder, i.category_id, i.sport_ids, i.fabric_ids, i.vendor_id, i.specs::text AS specs,
            i.created_at, i.updated_at
            """;

    private static final String FIND_BY_ID = "SELECT " + COLUMNS + """
            FROM catalog_items i
            WHERE i.id = :id
            """;

    private static final String FIND_BY_SKUS = "SELECT " + COLUMNS + """
            FROM catalog_items i
            WHERE lower(i.sku) = ANY(:skus::text[])
            """;

    private static final String VARIANTS_OF = """
            SELECT id, item_id, sku, size, color, price
            FROM catalog_variants
            WHERE item_id = ANY(:ids::uuid[])
            ORDER BY item_id, id
            """;

    private static final String LOCK_VERSION = """
            SELECT version
            FROM catalog_items
            WHERE id = :id
            FOR UPDATE
            """;

    private static final String SKU_OWNERS = """
            SELECT sku_key, item_id
            FROM catalog_skus
            WHERE sku_key = ANY(:keys::text[])
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ItemRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<CatalogItem> findById(UUID id) {
        return jdbc.sql(FIND_BY_ID).param("id", id).query(this::map).optional().map(this::withVariants);
    }

    /** Items by SKU (case-insensitive), without variants, keyed by lower-case SKU. */
    Map<String, CatalogItem> findBySkus(Collection<String> skus) {
        return jdbc.sql(FIND_BY_SKUS).param("skus", SqlArrays.lower(skus)).query(this::map).stream()
                .collect(Collectors.toMap(i -> i.sku().toLowerCase(java.util.Locale.ROOT), i -> i));
    }

    /** The current version, locking the row for the rest of the transaction; empty when unknown or not visible. */
    Optional<Integer> lockVersion(UUID id) {
        return jdbc.sql(LOCK_VERSION).param("id", id).query(Integer.class).optional();
    }

    /** Which item owns each of these SKUs (as its own or a variant's), across all vendors. */
    Map<String, UUID> skuOwners(Collection<String> skus) {
        Map<String, UUID> owners = new LinkedHashMap<>();
        jdbc.sql(SKU_OWNERS).param("keys", SqlArrays.lower(skus)).query(rs -> {
            owners.put(rs.getString("sku_key"), rs.getObject("item_id", UUID.class));
        });
        return owners;
    }

    CatalogItem withVariants(CatalogItem item) {
        return withVariants(List.of(item)).getFirst();
    }

    /** Attaches the variants of a page of items, loaded in one query. */
    List<CatalogItem> withVariants(List<CatalogItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<UUID, List<Variant>> byItem =
                variantsOf(items.stream().map(CatalogItem::id).toList());
        return items.stream()
                .map(i -> i.withVariants(byItem.getOrDefault(i.id(), List.of())))
                .toList();
    }

    Map<UUID, List<Variant>> variantsOf(Collection<UUID> itemIds) {
        Map<UUID, List<Variant>> byItem = new LinkedHashMap<>();
        jdbc.sql(VARIANTS_OF).param("ids", SqlArrays.uuids(itemIds)).query(rs -> {
            byItem.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new java.util.ArrayList<>())
                    .add(new Variant(
                            rs.getObject("id", UUID.class),
                            rs.getString("sku"),
                            rs.getString("size"),
                            rs.getString("color"),
                            rs.getBigDecimal("price")));
        });
        return byItem;
    }

    CatalogItem map(ResultSet rs, int row) throws SQLException {
        return new CatalogItem(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getString("sku"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getBigDecimal("price"),
                rs.getString("currency"),
                rs.getString("status"),
                rs.getString("fulfillment"),
                rs.getBoolean("auto_reorder"),
                rs.getObject("category_id", UUID.class),
                ArrayColumns.uuids(rs.getArray("sport_ids")),
                ArrayColumns.uuids(rs.getArray("fabric_ids")),
                rs.getObject("vendor_id", UUID.class),
                specs(rs.getString("specs")),
                List.of(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> specs(String text) {
        return json.readValue(text, LinkedHashMap.class);
    }
}
