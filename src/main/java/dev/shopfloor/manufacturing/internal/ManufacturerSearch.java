package dev.shopfloor.manufacturing.internal;

import static dev.shopfloor.platform.database.FilterClauses.add;
import static dev.shopfloor.platform.database.FilterClauses.escapeLike;

import dev.shopfloor.manufacturing.Manufacturer;
import dev.shopfloor.manufacturing.ManufacturerFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The filtered manufacturer list, newest first, by keyset on the time-ordered id. Only the conditions of the
 * filters given are added: {@code active}/{@code kind} use manufacturers_list, {@code q} the trigram index.
 */
@Repository
public class ManufacturerSearch {

    private static final String SELECT = "SELECT " + ManufacturerRepository.COLUMNS + """
            FROM manufacturers m
            WHERE true
            """;
    private static final String KIND = """
            AND m.kind = :kind
            """;
    private static final String ACTIVE = """
            AND m.active = :active
            """;
    private static final String Q = """
            AND m.name ILIKE :qPattern
            """;
    private static final String AFTER = """
            AND m.id < :after
            """;
    private static final String ORDER = """
            ORDER BY m.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    ManufacturerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Manufacturer> find(ManufacturerFilter filter, @Nullable UUID after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        add(sql, params, KIND, "kind", filter.kind());
        add(sql, params, ACTIVE, "active", filter.active());
        if (filter.q() != null) {
            add(sql, params, Q, "qPattern", "%" + escapeLike(filter.q()) + "%");
        }
        add(sql, params, AFTER, "after", after);
        sql.append(ORDER);
        params.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(ManufacturerRepository::map)
                .list();
    }
}
