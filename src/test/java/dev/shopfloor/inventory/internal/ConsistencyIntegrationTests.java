package dev.shopfloor.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.HoldLine;
import dev.shopfloor.inventory.Inventory;
import dev.shopfloor.inventory.ReorderFixtures;
import dev.shopfloor.inventory.StockOwner;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check reports no drift after real work, and it can fail: the same SQL, run in a transaction where
 * temporary tables with crafted books shadow stock_movements and stock_reservations (temporary tables come first
 * in PostgreSQL's search path), reports exactly the levels whose books were made to disagree. The application
 * role cannot make real drift (the triggers own on_hand and reserved), which is the point of the design.
 */
class ConsistencyIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vendors vendors;

    @Autowired
    Inventory inventory;

    @Autowired
    ConsistencyCheck check;

    @Autowired
    JsonMapper json;

    @Autowired
    PlatformTransactionManager transactions;

    ReorderFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReorderFixtures(jdbc, admin(), vendors);
    }

    @Test
    void reportsNoDriftAfterReceiptsHoldsSalesAndReleases() {
        UUID location = fixtures.location();
        String sku = fixtures.item(fixtures.vendor());
        String other = fixtures.item(null);
        UUID level = fixtures.level(sku, location, 20, 5, 10);
        fixtures.level(other, location, 7, 0, 0);
        String po = admin().post(
                        "/api/inventory/purchase-orders",
                        Map.of("locationId", location.toString(), "lines", List.of(Map.of("sku", sku, "quantity", 6))))
                .id();
        admin().put("/api/inventory/purchase-orders/" + po + "/status", Map.of("status", "ordered"));
        admin().post("/api/inventory/purchase-orders/" + po + "/receive", null);
        List<StockOwner> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            StockOwner owner = new StockOwner("order", Ids.newId(), "SO-C" + i);
            owners.add(owner);
            CurrentActor.runAs(
                    Actor.system("test"),
                    () -> inventory.hold(
                            owner,
                            List.of(new HoldLine(Ids.newId(), sku, 3), new HoldLine(Ids.newId(), other, 1)),
                            null,
                            null));
        }
        CurrentActor.runAs(Actor.system("test"), () -> {
            inventory.sell(owners.get(0), Map.of());
            inventory.release(owners.get(1));
            inventory.holdUntil(owners.get(2), Instant.now().minusSeconds(1));
        });
        fixtures.take(level, 2);

        Response report = admin().get("/api/inventory/consistency");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().get("ok").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.json().get("drift")).isEmpty();
        assertThat(report.json().get("checkedLevels").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(as(Role.STAFF).get("/api/inventory/consistency").status()).isEqualTo(403);
    }

    @Test
    void reportsExactlyTheLevelsWhoseBooksDisagree() {
        UUID location = fixtures.location();
        String sku = fixtures.item(null);
        String other = fixtures.item(null);
        UUID onHandDrift = fixtures.level(sku, location, 10, 0, 0);
        UUID reservedDrift = fixtures.level(other, location, 4, 0, 0);

        ConsistencyReport report = inTransactionThatRollsBack(() -> {
            jdbc.sql("CREATE TEMPORARY TABLE stock_movements ON COMMIT DROP AS SELECT * FROM public.stock_movements")
                    .update();
            jdbc.sql(
                            "CREATE TEMPORARY TABLE stock_reservations ON COMMIT DROP AS SELECT * FROM public.stock_reservations")
                    .update();
            // A movement the level never applied, and a hold the level never counted.
            jdbc.sql(
                            "INSERT INTO pg_temp.stock_movements (id, level_id, sku, location_id, kind, quantity, on_hand_after)"
                                    + " VALUES (:id, :level, :sku, :location, 'receipt', 5, 15)")
                    .param("id", Ids.newId())
                    .param("level", onHandDrift)
                    .param("sku", sku)
                    .param("location", location)
                    .update();
            jdbc.sql("INSERT INTO pg_temp.stock_reservations (id, level_id, sku, location_id, owner_type, owner_id,"
                            + " quantity, status) VALUES (:id, :level, :sku, :location, 'order', :owner, 3, 'active')")
                    .param("id", Ids.newId())
                    .param("level", reservedDrift)
                    .param("sku", other)
                    .param("location", location)
                    .param("owner", Ids.newId())
                    .update();
            return check.report();
        });

        assertThat(report.ok()).isFalse();
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.drift())
                .containsExactlyInAnyOrder(
                        new ConsistencyReport.Drift(onHandDrift, sku, location, 10, 15, 0, 0),
                        new ConsistencyReport.Drift(reservedDrift, other, location, 4, 4, 0, 3));
        assertThat(check.run().ok()).as("the real books were never touched").isTrue();
    }

    @Test
    void theCommandPrintsTheReportAndExitsWithZeroWithoutDrift() {
        fixtures.level(fixtures.item(null), fixtures.location(), 3, 0, 0);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Integer> exits = new ArrayList<>();
        var command =
                new ConsistencyCommand(check, json, new PrintStream(printed, true, StandardCharsets.UTF_8), exits::add);

        command.run(new DefaultApplicationArguments("--server.port=0"));
        assertThat(printed.size()).as("without the option it does nothing").isZero();
        assertThat(exits).isEmpty();

        command.run(new DefaultApplicationArguments("--check-consistency"));
        JsonNode report = json.readTree(printed.toString(StandardCharsets.UTF_8));
        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("drift")).isEmpty();
        assertThat(report.get("checkedLevels").asLong()).isPositive();
        assertThat(exits).containsExactly(0);
    }

    private <T> T inTransactionThatRollsBack(java.util.function.Supplier<T> work) {
        return CurrentActor.runAs(
                Actor.system("test"),
                () -> new TransactionTemplate(transactions).execute(status -> {
                    status.setRollbackOnly();
                    return work.get();
                }));
    }
}
