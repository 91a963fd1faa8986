package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class AssignmentIntegrationTests extends IntegrationTest {

    private static final LocalDate D = LocalDate.of(2031, 3, 2);

    @Autowired
    JdbcClient jdbc;

    private AssignmentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AssignmentFixtures(admin(), jdbc);
    }

    /** Capacity 10; others book 6 on D and D+1 and 3 on D+2; the new task adds 5 a day over D..D+2. */
    private UUID crowdedManufacturer() {
        UUID maker = fixtures.manufacturer(10, 0);
        fixtures.task(12, maker, D, D.plusDays(1));
        fixtures.task(3, maker, D.plusDays(2), D.plusDays(2));
        return maker;
    }

    private static Map<String, Object> assign(
            UUID task, UUID maker, @Nullable LocalDate start, @Nullable LocalDate end, @Nullable Boolean override) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("taskId", task);
        body.put("manufacturerId", maker);
        if (start != null) {
            body.put("plannedStart", start.toString());
        }
        if (end != null) {
            body.put("plannedEnd", end.toString());
        }
        if (override != null) {
            body.put("override", override);
        }
        return body;
    }

    @Test
    void refusesWithTheExactOverBookedDaysAndWritesNothing() {
        UUID maker = crowdedManufacturer();
        UUID task = fixtures.task(15);
        Map<String, Object> before = fixtures.row(task);

        Response refused = admin().post("/api/production/assign", assign(task, maker, D, D.plusDays(2), null));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("capacity_exceeded");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode days = refused.json().get("days");
        assertThat(days).hasSize(2);
        assertDay(days.get(0), D, "6.00", "5.00");
        assertDay(days.get(1), D.plusDays(1), "6.00", "5.00");
        assertThat(fixtures.row(task)).isEqualTo(before);
        assertThat(fixtures.row(task).get("manufacturer_id")).isNull();
    }

    private static void assertDay(JsonNode day, LocalDate date, String booked, String requested) {
        assertThat(day.get("date").asString()).isEqualTo(date.toString());
        assertThat(day.get("booked").decimalValue()).isEqualByComparingTo(booked);
        assertThat(day.get("requested").decimalValue()).isEqualByComparingTo(requested);
        assertThat(day.get("capacity").asInt()).isEqualTo(10);
    }

    @Test
    void managerOverrideGoesThroughAndIsRecordedOnTheTask() {
        UUID maker = crowdedManufacturer();
        UUID task = fixtures.task(15);

        Response assigned =
                as(Role.MANAGER).post("/api/production/assign", assign(task, maker, D, D.plusDays(2), true));

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        JsonNode body = assigned.json();
        assertThat(body.get("overridden").asBoolean()).isTrue();
        assertThat(body.get("plannedStart").asString()).isEqualTo(D.toString());
        assertThat(body.get("plannedEnd").asString()).isEqualTo(D.plusDays(2).toString());
        assertThat(booked(body.get("days"))).containsExactly("11.00", "11.00", "8.00");
        Map<String, Object> row = fixtures.row(task);
        assertThat(row.get("manufacturer_id")).isEqualTo(maker);
        assertThat(row.get("capacity_overridden")).isEqualTo(true);
        assertThat(body.get("taskVersion").asInt()).isEqualTo(row.get("version"));
        Response read = admin().get("/api/production/tasks/" + task);
        assertThat(read.json().get("capacityOverridden").asBoolean())
                .as("the task's API representation shows the override")
                .isTrue();
        assertThat(admin()
                        .get("/api/production/tasks?manufacturerId=" + maker)
                        .json()
                        .get("items")
                        .findValues("capacityOverridden")
                        .stream()
                        .map(JsonNode::asBoolean))
                .contains(true);
        Map<String, Object> logged = jdbc.sql("""
                        SELECT actor_id, new_row ->> 'capacity_overridden' AS overridden
                        FROM change_log
                        WHERE topic = 'production_tasks'
                          AND entity_id = :id
                          AND op = 'update'
                        ORDER BY id DESC
                        LIMIT 1
                        """).param("id", task).query().singleRow();
        assertThat(logged.get("overridden"))
                .as("the change log carries the override")
                .isEqualTo("true");
        assertThat(UUID.fromString((String) logged.get("actor_id")))
                .as("and the manager who made it")
                .isNotNull();

        Response load = admin().get("/api/manufacturers/" + maker + "/load?from=" + D + "&to=" + D.plusDays(3));
        assertThat(load.status()).as(load.toString()).isEqualTo(200);
        assertThat(booked(load.json().get("days"))).containsExactly("11.00", "11.00", "8.00", "0.00");
        assertThat(load.json().get("days").get(0).get("free").decimalValue()).isEqualByComparingTo("0");
        assertThat(load.json().get("days").get(2).get("free").decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    void staffMayNotOverride() {
        UUID maker = crowdedManufacturer();
        UUID task = fixtures.task(15);

        Response refused = as(Role.STAFF).post("/api/production/assign", assign(task, maker, D, D.plusDays(2), true));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("override_not_allowed");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fixtures.row(task).get("manufacturer_id")).isNull();
    }

    @Test
    void staffAssignsWithinCapacityAndAnOverrideThatWasNotNeededIsNotRecorded() {
        UUID maker = crowdedManufacturer();
        UUID task = fixtures.task(3);

        Response assigned = as(Role.STAFF).post("/api/production/assign", assign(task, maker, D, D.plusDays(2), null));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("overridden").asBoolean()).isFalse();
        assertThat(booked(assigned.json().get("days"))).containsExactly("7.00", "7.00", "4.00");

        Response again = as(Role.MANAGER).post("/api/production/assign", assign(task, maker, D, D, true));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("overridden").asBoolean()).isFalse();
        assertThat(fixtures.row(task).get("capacity_overridden")).isEqualTo(false);
        assertThat(admin().get("/api/production/tasks/" + task)
                        .json()
                        .get("capacityOverridden")
                        .isBoolean())
                .isTrue();
        assertThat(admin().get("/api/production/tasks/" + task)
                        .json()
                        .get("capacityOverridden")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void datesDefaultToTodayPlusLeadTimeForTheDaysTheQuantityTakes() {
        UUID workshop = fixtures.location();
        UUID maker = fixtures.manufacturer(4, 3, true, workshop);
        UUID task = fixtures.task(10);

        Response assigned = admin().post("/api/production/assign", assign(task, maker, null, null, null));

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        assertThat(assigned.json().get("plannedStart").asString()).isEqualTo(start.toString());
        assertThat(assigned.json().get("plannedEnd").asString())
                .as("ceil(10 / 4) = 3 days")
                .isEqualTo(start.plusDays(2).toString());
        assertThat(booked(assigned.json().get("days"))).containsExactly("3.33", "3.33", "3.33");
        Map<String, Object> row = fixtures.row(task);
        assertThat(((Date) row.get("planned_start")).toLocalDate()).isEqualTo(start);
        assertThat(row.get("location_id"))
                .as("the task takes the manufacturer's location")
                .isEqualTo(workshop);
    }

    @Test
    void aPlannedTaskKeepsItsDatesAndItsLocationAndMayMoveToAnotherManufacturer() {
        UUID own = fixtures.location();
        UUID first = fixtures.manufacturer(10, 5, true, fixtures.location());
        UUID second = fixtures.manufacturer(10, 5);
        UUID task = fixtures.task(10, null, D, D.plusDays(4));
        fixtures.setLocation(task, own);

        Response assigned = admin().post("/api/production/assign", assign(task, first, null, null, null));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("plannedStart").asString()).isEqualTo(D.toString());
        assertThat(assigned.json().get("plannedEnd").asString())
                .isEqualTo(D.plusDays(4).toString());
        assertThat(fixtures.row(task).get("location_id")).isEqualTo(own);

        Response again = admin().post("/api/production/assign", assign(task, first, null, null, null));
        assertThat(again.status()).as("its own load is not counted twice").isEqualTo(200);
        assertThat(booked(again.json().get("days"))).containsOnly("2.00");

        Response moved = admin().post("/api/production/assign", assign(task, second, D.plusDays(1), null, null));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("plannedEnd").asString())
                .as("a new start without an end takes ceil(10 / 10) = 1 day")
                .isEqualTo(D.plusDays(1).toString());
        assertThat(fixtures.row(task).get("manufacturer_id")).isEqualTo(second);
        Response firstLoad = admin().get("/api/manufacturers/" + first + "/load?from=" + D + "&to=" + D.plusDays(4));
        assertThat(booked(firstLoad.json().get("days"))).containsOnly("0.00");
    }

    @Test
    void refusalsAreProblemsWithStableCodes() {
        UUID maker = fixtures.manufacturer(10, 0);
        UUID inactive = fixtures.manufacturer(10, 0, false, null);
        UUID task = fixtures.task(5);
        UUID cancelled = fixtures.task(5);
        fixtures.setStatus(cancelled, "cancelled");
        UUID done = fixtures.task(5);
        fixtures.setStatus(done, "done");

        expect(assign(UUID.randomUUID(), maker, D, D, null), 404, "not_found");
        expect(assign(cancelled, maker, D, D, null), 409, "task_closed");
        expect(assign(done, maker, D, D, null), 409, "task_closed");
        expect(assign(task, UUID.randomUUID(), D, D, null), 422, "unknown_manufacturer");
        expect(assign(task, inactive, D, D, null), 422, "manufacturer_inactive");
        expect(assign(task, maker, D, D.minusDays(1), null), 422, "invalid_plan");
        expect(assign(task, maker, D, D.plusDays(400), null), 422, "invalid_plan");
        expect(Map.of("manufacturerId", maker), 400, "validation_failed");
        expect(Map.of("taskId", task, "manufacturerId", maker, "plannedStart", "2031-02-30"), 400, "validation_failed");
        Response malformed = admin().post("/api/production/assign", "{\"taskId\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("malformed_json");
        assertThat(fixtures.row(task).get("manufacturer_id")).isNull();

        Response unknown = admin().get("/api/manufacturers/" + UUID.randomUUID() + "/load");
        assertThat(unknown.status()).isEqualTo(404);
        Response backwards = admin().get("/api/manufacturers/" + maker + "/load?from=" + D + "&to=" + D.minusDays(1));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.code()).isEqualTo("invalid_range");
        Response defaults = admin().get("/api/manufacturers/" + maker + "/load");
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.json().get("days")).hasSize(14);
    }

    @Test
    void anAssignedTaskIsReplannedOnlyThroughAssignmentSoCapacityIsAlwaysChecked() {
        UUID maker = fixtures.manufacturer(10, 0);
        UUID task = fixtures.task(10, maker, D, D);

        Response replanned = admin().put("/api/production/tasks/" + task, Map.of("plannedStart", D.minusDays(1)));

        assertThat(replanned.status()).as(replanned.toString()).isEqualTo(409);
        assertThat(replanned.code()).isEqualTo("assigned_task");
        assertThat(fixtures.row(task).get("planned_start").toString()).isEqualTo(D.toString());
        Response unassigned = admin().put("/api/production/tasks/" + fixtures.task(5), Map.of("plannedEnd", D));
        assertThat(unassigned.status()).as(unassigned.toString()).isEqualTo(200);
    }

    private void expect(Object body, int status, String code) {
        Response response = admin().post("/api/production/assign", body);
        assertThat(response.status()).as(body + " -> " + response).isEqualTo(status);
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
    }

    private static List<String> booked(JsonNode days) {
        List<String> booked = new ArrayList<>();
        days.forEach(d -> booked.add(d.get("booked").decimalValue().setScale(2).toPlainString()));
        return booked;
    }
}
