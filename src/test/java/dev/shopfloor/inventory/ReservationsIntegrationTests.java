package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.internal.HoldExpiryRunner;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class ReservationsIntegrationTests extends IntegrationTest {

    private static final String RESERVATIONS = "/api/inventory/reservations";

    @Autowired
    Inventory inventory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    @Test
    void listsHoldsByOwnerSkuLocationAndStatus() {
        Stocked stocked = stocked(10);
        StockOwner owner = hold(stocked, 3, Instant.now().plus(1, ChronoUnit.HOURS));

        List<JsonNode> held = InventoryFixtures.items(admin().get(RESERVATIONS + "?ownerId=" + owner.id()));
        assertThat(held).hasSize(1);
        JsonNode hold = held.getFirst();
        assertThat(hold.get("sku").asString()).isEqualTo(stocked.sku());
        assertThat(hold.get("quantity").asInt()).isEqualTo(3);
        assertThat(hold.get("status").asString()).isEqualTo("active");
        assertThat(hold.get("expired").asBoolean()).isFalse();
        assertThat(hold.get("ownerType").asString()).isEqualTo("order");
        assertThat(hold.get("reference").asString()).isEqualTo(owner.reference());
        assertThat(InventoryFixtures.ids(
                        admin().get(RESERVATIONS + "?sku=" + stocked.sku().toLowerCase())))
                .containsExactly(UUID.fromString(hold.get("id").asString()));
        assertThat(InventoryFixtures.ids(admin().get(RESERVATIONS + "?locationId=" + stocked.location())))
                .hasSize(1);

        CurrentActor.runAs(Actor.system("test"), () -> inventory.release(owner));
        assertThat(InventoryFixtures.items(admin().get(RESERVATIONS + "?ownerId=" + owner.id())))
                .as("active only by default")
                .isEmpty();
        assertThat(InventoryFixtures.items(admin().get(RESERVATIONS + "?status=released&ownerId=" + owner.id())))
                .hasSize(1);
        assertThat(InventoryFixtures.items(admin().get(RESERVATIONS + "?status=any&ownerId=" + owner.id())))
                .hasSize(1);
        assertThat(admin().get(RESERVATIONS + "?status=lost").status()).isEqualTo(400);
    }

    @Test
    void extendsAndReleasesAnActiveHoldOnly() {
        Stocked stocked = stocked(10);
        StockOwner owner = hold(stocked, 4, Instant.now().plus(10, ChronoUnit.MINUTES));
        String id = InventoryFixtures.ids(admin().get(RESERVATIONS + "?ownerId=" + owner.id()))
                .getFirst()
                .toString();

        Instant later = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Response extended = admin().post(RESERVATIONS + "/" + id + "/extend", Map.of("expiresAt", later.toString()));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(Instant.parse(extended.json().get("expiresAt").asString())).isEqualTo(later);
        Response past = admin().post(
                        RESERVATIONS + "/" + id + "/extend",
                        Map.of("expiresAt", Instant.now().minusSeconds(5).toString()));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.code()).isEqualTo("invalid_expiry");
        assertThat(as(Role.VIEWER)
                        .post(RESERVATIONS + "/" + id + "/release", null)
                        .status())
                .isEqualTo(403);

        Response released = admin().post(RESERVATIONS + "/" + id + "/release", null);
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().get("status").asString()).isEqualTo("released");
        assertThat(level(stocked).get("reserved").asInt()).isZero();
        assertThat(level(stocked).get("available").asInt()).isEqualTo(10);

        Response again = admin().post(RESERVATIONS + "/" + id + "/release", null);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("invalid_transition");
        assertThat(admin().post(RESERVATIONS + "/" + id + "/extend", Map.of("expiresAt", later.toString()))
                        .code())
                .isEqualTo("invalid_transition");
        assertThat(admin().post(RESERVATIONS + "/" + UUID.randomUUID() + "/release", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anExpiredHoldStopsCountingAtOnceAndTheJobThenFreesIt() throws Exception {
        Stocked stocked = stocked(10);
        StockOwner owner = hold(stocked, 6, Instant.now().plus(1, ChronoUnit.HOURS));
        assertThat(level(stocked).get("available").asInt()).isEqualTo(4);

        // Hold the level's row lock so the scheduled job (which skips locked levels) cannot run first.
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> blocker =
                CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    jdbc.sql("SELECT id FROM stock_levels WHERE id = :id FOR UPDATE")
                            .param("id", stocked.level())
                            .query(UUID.class)
                            .single();
                    locked.countDown();
                    try {
                        done.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            CurrentActor.runAs(
                    Actor.system("test"),
                    () -> inventory.holdUntil(owner, Instant.now().minusSeconds(1)));

            JsonNode lapsed = level(stocked);
            assertThat(lapsed.get("available").asInt()).isEqualTo(10);
            assertThat(lapsed.get("reserved").asInt()).isZero();
            assertThat(storedReserved(stocked))
                    .as("the stored books still count it")
                    .isEqualTo(6);
            JsonNode hold = InventoryFixtures.items(admin().get(RESERVATIONS + "?ownerId=" + owner.id()))
                    .getFirst();
            assertThat(hold.get("status").asString()).isEqualTo("active");
            assertThat(hold.get("expired").asBoolean()).isTrue();
        } finally {
            done.countDown();
            blocker.get(30, TimeUnit.SECONDS);
        }

        HoldExpiryRunner.runNow(context);
        assertThat(storedReserved(stocked)).isZero();
        assertThat(InventoryFixtures.items(admin().get(RESERVATIONS + "?status=expired&ownerId=" + owner.id())))
                .hasSize(1);
        assertThat(level(stocked).get("available").asInt()).isEqualTo(10);
    }

    record Stocked(String sku, UUID location, UUID level) {}

    private Stocked stocked(int quantity) {
        String sku = InventoryFixtures.sku(admin());
        UUID location = InventoryFixtures.location(admin());
        return new Stocked(sku, location, InventoryFixtures.stock(admin(), sku, location, quantity));
    }

    private StockOwner hold(Stocked stocked, int quantity, Instant expiresAt) {
        StockOwner owner = new StockOwner("order", Ids.newId(), unique("SO"));
        CurrentActor.runAs(
                Actor.system("test"),
                () -> inventory.hold(
                        owner,
                        List.of(new HoldLine(Ids.newId(), stocked.sku(), quantity)),
                        stocked.location(),
                        expiresAt));
        return owner;
    }

    private JsonNode level(Stocked stocked) {
        return admin().get("/api/inventory/levels/" + stocked.level()).json();
    }

    private int storedReserved(Stocked stocked) {
        return jdbc.sql("SELECT reserved FROM stock_levels WHERE id = :id")
                .param("id", stocked.level())
                .query(Integer.class)
                .single();
    }
}
