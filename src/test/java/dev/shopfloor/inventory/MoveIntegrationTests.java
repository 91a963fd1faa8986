package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.testing.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link Inventory#move}, the facade other modules write movements of any kind with. */
class MoveIntegrationTests extends IntegrationTest {

    @Autowired
    Inventory inventory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void writesMovementsInOrderCreatingTheLevelAndTheirReference() {
        String sku = InventoryFixtures.sku(admin());
        UUID location = new StockFixtures(jdbc).location();
        StockOwner po = new StockOwner("purchase_order", Ids.newId(), "PO-1");

        List<Movement> written = CurrentActor.runAs(
                Actor.system("test"),
                () -> inventory.move(List.of(
                        new StockMove(sku, location, MovementKind.RECEIPT, 10, "delivery", po),
                        new StockMove(sku, location, MovementKind.PRODUCTION_CONSUMPTION, 4, null, null),
                        new StockMove(sku.toLowerCase(), location, MovementKind.ADJUSTMENT, -1, "broken", null))));

        assertThat(written).extracting(Movement::quantity).containsExactly(10, -4, -1);
        assertThat(written).extracting(Movement::onHandAfter).containsExactly(10, 6, 5);
        assertThat(written)
                .extracting(Movement::kind)
                .containsExactly(MovementKind.RECEIPT, MovementKind.PRODUCTION_CONSUMPTION, MovementKind.ADJUSTMENT);
        assertThat(written.getFirst().referenceId()).isEqualTo(po.id());
        assertThat(written.getFirst().reference()).isEqualTo("PO-1");
        assertThat(written.getFirst().actorId()).isEqualTo("system:test");
        assertThat(new StockFixtures(jdbc).level(written.getFirst().levelId()))
                .isEqualTo(new StockFixtures.Level(5, 0, 5));
    }

    @Test
    void refusesAMoveBelowAvailableNamingTheLineAndWritesNothing() {
        String sku = InventoryFixtures.sku(admin());
        UUID location = new StockFixtures(jdbc).location();
        UUID level = new StockFixtures(jdbc).receive(sku, location, 3);

        assertThatThrownBy(() -> CurrentActor.runAs(
                        Actor.system("test"),
                        () -> inventory.move(List.of(
                                new StockMove(sku, location, MovementKind.RECEIPT, 1, null, null),
                                new StockMove(sku, location, MovementKind.SALE, 5, null, null)))))
                .isInstanceOfSatisfying(
                        InsufficientStock.class,
                        e -> assertThat(e.lines()).containsExactly(new InsufficientStock.ShortLine(sku, 5, 4)));
        assertThat(new StockFixtures(jdbc).level(level)).isEqualTo(new StockFixtures.Level(3, 0, 3));
    }

    @Test
    void refusesUnknownSkuLocationAndQuantity() {
        UUID location = new StockFixtures(jdbc).location();
        String sku = InventoryFixtures.sku(admin());
        assertThatThrownBy(() -> inventory.move(List.of(
                        new StockMove("NO-SUCH-" + Ids.newId(), location, MovementKind.RECEIPT, 1, null, null))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("unknown_sku"));
        assertThatThrownBy(() ->
                        inventory.move(List.of(new StockMove(sku, Ids.newId(), MovementKind.RECEIPT, 1, null, null))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("unknown_location"));
        assertThatThrownBy(
                        () -> inventory.move(List.of(new StockMove(sku, location, MovementKind.SALE, -1, null, null))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_quantity"));
    }
}
