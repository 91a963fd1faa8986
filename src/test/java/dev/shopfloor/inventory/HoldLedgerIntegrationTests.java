package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shopfloor.platform.Ids;
import dev.shopfloor.testing.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class HoldLedgerIntegrationTests extends IntegrationTest {

    @Autowired
    Inventory inventory;

    @Autowired
    JdbcClient jdbc;

    private StockFixtures stock;
    private String sku;
    private UUID warehouse;
    private UUID shop;

    @BeforeEach
    void stockedSkuAtTwoLocations() {
        stock = new StockFixtures(jdbc);
        sku = unique("HOLD").toUpperCase();
        assertThat(admin().post("/api/catalog", item(sku)).status()).isEqualTo(201);
        warehouse = stock.location();
        shop = stock.location();
    }

    @Test
    void holdsFromTheLocationWithMostAvailableAndSplitsWhenNeeded() {
        UUID big = stock.receive(sku, warehouse, 8);
        UUID small = stock.receive(sku, shop, 5);
        UUID line = Ids.newId();

        List<Hold> holds = inventory.hold(order(), List.of(new HoldLine(line, sku, 10)), null, null);

        assertThat(holds)
                .extracting(Hold::locationId, Hold::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(warehouse, 8),
                        org.assertj.core.groups.Tuple.tuple(shop, 2));
        assertThat(stock.level(big)).isEqualTo(new StockFixtures.Level(8, 8, 0));
        assertThat(stock.level(small)).isEqualTo(new StockFixtures.Level(5, 2, 3));
    }

    @Test
    void aShortOrderNamesEveryShortLineAndHoldsNothing() {
        UUID level = stock.receive(sku, warehouse, 3);
        String other = unique("NONE").toUpperCase();
        assertThat(admin().post("/api/catalog", item(other)).status()).isEqualTo(201);

        assertThatThrownBy(() -> inventory.hold(
                        order(),
                        List.of(
                                new HoldLine(Ids.newId(), sku, 2),
                                new HoldLine(Ids.newId(), sku, 2),
                                new HoldLine(Ids.newId(), other, 1)),
                        null,
                        null))
                .isInstanceOfSatisfying(
                        InsufficientStock.class,
                        e -> assertThat(e.lines())
                                .containsExactly(
                                        new InsufficientStock.ShortLine(sku, 2, 1),
                                        new InsufficientStock.ShortLine(other, 1, 0)));
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(3, 0, 3));
    }

    @Test
    void holdingAgainReplacesWhatTheOwnerHeld() {
        UUID level = stock.receive(sku, warehouse, 5);
        StockOwner owner = order();
        UUID line = Ids.newId();
        inventory.hold(owner, List.of(new HoldLine(line, sku, 4)), null, null);

        inventory.hold(owner, List.of(new HoldLine(line, sku, 5)), null, null);
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(5, 5, 0));

        inventory.hold(owner, List.of(), null, null);
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(5, 0, 5));
    }

    @Test
    void sellingTurnsHeldStockIntoSaleMovements() {
        UUID level = stock.receive(sku, warehouse, 6);
        StockOwner owner = order();
        UUID line = Ids.newId();
        inventory.hold(owner, List.of(new HoldLine(line, sku, 4)), warehouse, null);

        inventory.sell(owner, Map.of(line, 1));
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(5, 3, 2));
        inventory.sell(owner, Map.of());
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(2, 0, 2));

        assertThat(jdbc.sql("SELECT sum(quantity) FROM stock_movements WHERE level_id = :id")
                        .param("id", level)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM stock_movements
                        WHERE reference_id = :owner AND kind = 'sale' AND reference = :ref
                        """)
                        .param("owner", owner.id())
                        .param("ref", owner.reference())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aLapsedHoldStopsCountingAtOnceAndItsStockCanBeHeldAgain() {
        UUID level = stock.receive(sku, warehouse, 2);
        StockOwner late = order();
        inventory.hold(
                late,
                List.of(new HoldLine(Ids.newId(), sku, 2)),
                null,
                Instant.now().plus(1, ChronoUnit.HOURS));
        assertThat(stock.level(level).available()).isZero();

        inventory.holdUntil(late, Instant.now().minusSeconds(1));
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(2, 0, 2));

        inventory.hold(order(), List.of(new HoldLine(Ids.newId(), sku, 2)), null, null);
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(2, 2, 0));
        assertThat(jdbc.sql("SELECT status FROM stock_reservations WHERE owner_id = :id")
                        .param("id", late.id())
                        .query(String.class)
                        .single())
                .isEqualTo("expired");
    }

    @Test
    void releasingFreesEverythingTheOwnerHeld() {
        UUID a = stock.receive(sku, warehouse, 3);
        UUID b = stock.receive(sku, shop, 3);
        StockOwner owner = order();
        inventory.hold(owner, List.of(new HoldLine(Ids.newId(), sku, 5)), null, null);

        inventory.release(owner);

        assertThat(List.of(stock.level(a), stock.level(b)))
                .containsExactly(new StockFixtures.Level(3, 0, 3), new StockFixtures.Level(3, 0, 3));
    }

    private static StockOwner order() {
        return new StockOwner("order", Ids.newId(), unique("SO"));
    }

    private static Map<String, Object> item(String sku) {
        return Map.of(
                "sku",
                sku,
                "name",
                "Runner " + sku,
                "price",
                80,
                "currency",
                "EUR",
                "status",
                "published",
                "fulfillment",
                "stock",
                "variants",
                List.of());
    }
}
