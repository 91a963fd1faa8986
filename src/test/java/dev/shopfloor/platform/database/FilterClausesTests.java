package dev.shopfloor.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterClausesTests {

    @Test
    void addsOnlyTheFiltersGivenAndBindsInstantsAsTimestamps() {
        StringBuilder sql = new StringBuilder("SELECT 1 WHERE true\n");
        Map<String, Object> params = new LinkedHashMap<>();
        Instant from = Instant.parse("2026-11-23T10:15:30Z");

        FilterClauses.add(sql, params, "AND status = :status\n", "status", null);
        FilterClauses.add(sql, params, "AND at >= :from\n", "from", from);

        assertThat(sql).hasToString("SELECT 1 WHERE true\nAND at >= :from\n");
        assertThat(params).containsExactly(Map.entry("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC)));
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(FilterClauses.escapeLike("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
    }
}
