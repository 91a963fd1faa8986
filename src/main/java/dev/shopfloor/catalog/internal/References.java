package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.BulkReport.RowError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Checks that the categories, sports, fabrics and vendors items refer to exist: one query per kind for any
 * number of items, so bad references are reported per row instead of failing a whole statement.
 */
@Repository
class References {

    private static final String MISSING = """
            SELECT x
            FROM unnest(:ids::uuid[]) x
            WHERE NOT EXISTS (SELECT 1 FROM %s t WHERE t.id = x)
            """;

    private final JdbcClient jdbc;

    References(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of this batch that do not exist, of every kind. */
    Missing missing(Collection<ItemValues> items) {
        Set<UUID> categories = new HashSet<>();
        Set<UUID> sports = new HashSet<>();
        Set<UUID> fabrics = new HashSet<>();
        Set<UUID> vendors = new HashSet<>();
        for (ItemValues i : items) {
            if (i.categoryId() != null) {
                categories.add(i.categoryId());
            }
            if (i.vendorId() != null) {
                vendors.add(i.vendorId());
            }
            sports.addAll(i.sportIds());
            fabrics.addAll(i.fabricIds());
        }
        return new Missing(
                missing("catalog_categories", categories),
                missing("catalog_sports", sports),
                missing("fabrics", fabrics),
                // vendors belong to the partners module; reading ids only, until it offers a facade for it
                missing("vendors", vendors));
    }

    private Set<UUID> missing(String table, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(MISSING.formatted(table))
                .param("ids", SqlArrays.uuids(ids))
                .query(UUID.class)
                .list());
    }

    record Missing(Set<UUID> categories, Set<UUID> sports, Set<UUID> fabrics, Set<UUID> vendors) {

        List<RowError> of(ItemValues i) {
            List<RowError> errors = new ArrayList<>();
            if (i.categoryId() != null && categories.contains(i.categoryId())) {
                errors.add(new RowError("categoryId", "category " + i.categoryId() + " does not exist"));
            }
            if (i.vendorId() != null && vendors.contains(i.vendorId())) {
                errors.add(new RowError("vendorId", "vendor " + i.vendorId() + " does not exist"));
            }
            i.sportIds().stream()
                    .filter(sports::contains)
                    .forEach(s -> errors.add(new RowError("sportIds", "sport " + s + " does not exist")));
            i.fabricIds().stream()
                    .filter(fabrics::contains)
                    .forEach(f -> errors.add(new RowError("fabricIds", "fabric " + f + " does not exist")));
            return errors;
        }
    }
}
