package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.partners.VendorDetails;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.StatementCounter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metrics of {@link MetricsDataset}'s fixed week, each number computed by hand next to it. Hours are
 * stage visits that ended in the range (see the dataset's "Xh" comments); rates have 4 decimals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsIntegrationTests extends IntegrationTest {

    private static final String WEEK = "from=2021-03-01&to=2021-03-07";

    /** Reads numbers as the server wrote them: 4.00 stays 4.00 (scale is part of the contract). */
    private static final JsonMapper DECIMALS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Vendors vendors;

    @Autowired
    StatementCounter statements;

    private MetricsDataset data;

    @BeforeAll
    void createTheWeek() {
        data = MetricsDataset.create(new QueueFixtures(jdbc, transactions, admin()));
    }

    @Test
    void workInProgressCountsOpenTasksPerStageNow() {
        JsonNode wip = metrics(data.manufacturer()).get("workInProgress");
        // every stage but done, in position order, zeros included; T8 is cancelled, T0-T5 and T9 are done
        Map<String, String> expected = zeroForEveryStageButDone();
        expected.put("queued", "1 tasks, 3 units"); // T7: 3
        expected.put("sewing", "1 tasks, 7 units"); // T6: 7
        assertThat(rows(
                        wip,
                        e -> e.get("tasks").asLong() + " tasks, "
                                + e.get("units").asLong() + " units"))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void throughputCountsTasksAndUnitsDonePerUtcDay() {
        JsonNode days = metrics(data.manufacturer()).get("throughput");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("2021-03-01", "1/2"); // T0 finished at 00:00, the first instant of the range: 2 units
        expected.put("2021-03-02", "0/0");
        expected.put("2021-03-03", "1/10"); // T1: 10
        expected.put("2021-03-04", "0/0");
        expected.put("2021-03-05", "2/13"); // T2 5 + T4 8 = 13
        expected.put("2021-03-06", "1/20"); // T3 at 23:30 UTC: 20
        expected.put("2021-03-07", "1/4"); // T5 at 00:30 UTC: 4 (T9 at 03-08 00:00 is after the range)
        assertThat(rows(
                        days,
                        "date",
                        d -> d.get("tasks").asLong() + "/" + d.get("units").asLong()))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void cycleTimeAveragesTheStageVisitsThatEndedInTheRange() {
        Response response = get(data.manufacturer(), WEEK);
        JsonNode stages = json(response).get("cycleTime");
        Map<String, String> expected = new LinkedHashMap<>();
        for (String stage : stagesButDone()) {
            expected.put(stage, "0 visits, null"); // printing: no visit; any stage another test added: none
        }
        expected.put("queued", "4 visits, 4.00"); // T1 2h, T2 12h, T3 1h, T6 1h: 16 / 4 = 4.00
        // T1 2h, T2 4h and 24h, T3 6h, T4 44h (02-27 10:00 to 03-01 06:00; February 2021 has 28 days), T6 10h:
        // 90 / 6 = 15.00 (T4's visit that ended on 02-27 is before the range)
        expected.put("cutting", "6 visits, 15.00");
        expected.put("sewing", "2 visits, 9.00"); // T5 4h, T6 14h: 18 / 2 = 9.00
        // T1 21h, T2 2h (rework) and 1h, T3 18h, T4 1h, T5 14.5h, T6 1h (rework): 58.5 / 7 = 8.357.. = 8.36
        expected.put("qc", "7 visits, 8.36");
        // T0 24h (ended at the range's first instant), T1 25h, T2 49h, T3 38.5h, T4 112h, T5 24h:
        // 272.5 / 6 = 45.4166.. = 45.42 (T9's visit ended at 03-08 00:00, after the range; T8's cancel ends none)
        expected.put("packing", "6 visits, 45.42");
        assertThat(rows(stages, s -> s.get("visits").asLong() + " visits, " + decimal(s.get("averageHours"))))
                .containsExactlyEntriesOf(expected);
        assertThat(response.body()).contains("\"averageHours\":4.00", "\"averageHours\":15.00");
    }

    @Test
    void onTimeRateIsOverFinishedTasksWithADueDate() {
        JsonNode onTime = metrics(data.manufacturer()).get("onTime");
        // with a due date, finished in the range: T2 (due 03-02, done 03-05: late), T4 (due 03-05, done 03-05
        // 23:00: on time, same day), T5 (due 03-06, done 03-07 00:30 UTC: late); T0, T1, T3 have none
        assertThat(onTime.get("due").asLong()).isEqualTo(3);
        assertThat(onTime.get("onTime").asLong()).isEqualTo(1);
        assertThat(decimal(onTime.get("rate"))).isEqualTo("0.3333"); // 1 / 3
    }

    @Test
    void firstPassYieldJudgesEachTaskByItsFirstCheckEver() {
        JsonNode yield = metrics(data.manufacturer()).get("qcFirstPassYield");
        // first checks in the range: T1 pass, T2 fail, T3 pass, T5 pass, T6 fail = 5, of which 3 passed
        // (T4's first check failed on 02-27, before the range; T9's first is at 03-08 00:00, after it)
        assertThat(yield.get("firstChecks").asLong()).isEqualTo(5);
        assertThat(yield.get("passedFirst").asLong()).isEqualTo(3);
        assertThat(decimal(yield.get("rate"))).isEqualTo("0.6000"); // 3 / 5
    }

    @Test
    void costPerUnitIsPerCurrencyOverTasksFinishedInTheRange() {
        Response response = get(data.manufacturer(), WEEK);
        JsonNode costs = json(response).get("costPerUnit");
        Map<String, String> expected = new LinkedHashMap<>();
        // EUR: T1 120 + 30, T2 80, T5 37 = 267.00 over T1 10 + T2 5 + T5 4 = 19 units: 14.0526.. = 14.05
        // (T6 and T8 are not done, T9 is done after the range)
        expected.put("EUR", "267.00 / 19 = 14.05");
        // USD: T0 12, T2 20, T3 200 + 40 = 272.00 over T0 2 + T2 5 + T3 20 = 27 units: 10.074.. = 10.07
        expected.put("USD", "272.00 / 27 = 10.07");
        assertThat(rows(
                        costs,
                        "currency",
                        c -> decimal(c.get("totalCost")) + " / "
                                + c.get("units").asLong() + " = " + decimal(c.get("perUnit"))))
                .containsExactlyEntriesOf(expected);
        assertThat(response.body()).contains("\"perUnit\":14.05", "\"totalCost\":267.00");
    }

    @Test
    void everyMetricKeepsToTheManufacturerFilter() {
        JsonNode other = metrics(data.otherManufacturer());
        // T10: 100 units done 03-03, 5h in cutting, due 03-01 (late), first check failed, EUR 1000.00
        assertThat(rows(other.get("workInProgress"), e -> e.get("units").asLong()))
                .containsEntry("printing", 9L) // T11
                .containsEntry("queued", 0L);
        assertThat(rows(other.get("throughput"), "date", d -> d.get("units").asLong()))
                .containsEntry("2021-03-03", 100L)
                .containsEntry("2021-03-05", 0L);
        assertThat(rows(other.get("cycleTime"), s -> s.get("visits") + " " + decimal(s.get("averageHours"))))
                .containsEntry("cutting", "1 5.00")
                .containsEntry("packing", "0 null");
        assertThat(other.get("onTime").toString()).isEqualTo("{\"due\":1,\"onTime\":0,\"rate\":0.0000}");
        assertThat(decimal(other.get("qcFirstPassYield").get("rate"))).isEqualTo("0.0000"); // 0 / 1
        assertThat(rows(other.get("costPerUnit"), "currency", c -> decimal(c.get("perUnit"))))
                .containsExactlyEntriesOf(Map.of("EUR", "10.00")); // 1000.00 / 100

        JsonNode everyone = json(get(null, WEEK));
        long doneOn0303 = rows(
                        everyone.get("throughput"), "date", d -> d.get("tasks").asLong())
                .get("2021-03-03");
        assertThat(doneOn0303).as("T1 and T10, and whatever else").isGreaterThanOrEqualTo(2);
    }

    @Test
    void ratesAndAveragesAreNullWhenNothingWasCounted() {
        UUID idle = new QueueFixtures(jdbc, transactions, admin()).manufacturer();
        JsonNode idleWeek = metrics(idle);
        assertThat(idleWeek.get("onTime").toString()).isEqualTo("{\"due\":0,\"onTime\":0,\"rate\":null}");
        assertThat(idleWeek.get("qcFirstPassYield").toString())
                .isEqualTo("{\"firstChecks\":0,\"passedFirst\":0,\"rate\":null}");
        assertThat(idleWeek.get("costPerUnit")).isEmpty();
        assertThat(rows(idleWeek.get("cycleTime"), s -> s.get("averageHours").isNull()))
                .containsOnlyKeys(stagesButDone())
                .doesNotContainValue(false);
        assertThat(idleWeek.get("throughput")).hasSize(7);
        assertThat(idleWeek.get("from").asString()).isEqualTo("2021-03-01");
        assertThat(idleWeek.get("manufacturerId").asString()).isEqualTo(idle.toString());
    }

    @Test
    void costsTheSameStatementsForABusyWeekAndAnIdleOne() {
        UUID idle = new QueueFixtures(jdbc, transactions, admin()).manufacturer();
        assertThat(statementsFor(data.manufacturer())).isEqualTo(statementsFor(idle));
    }

    @Test
    void refusesARangeThatIsBackwardsOrLongerThan366Days() {
        assertThat(get(null, "from=2021-03-07&to=2021-03-01").code()).isEqualTo("invalid_range");
        Response tooLong = get(null, "from=2024-01-01&to=2025-01-01"); // 2024 is a leap year: 367 days
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("invalid_range");
        Response leapYear = get(null, "from=2024-01-01&to=2024-12-31"); // 366 days
        assertThat(leapYear.status()).as(leapYear.toString()).isEqualTo(200);
        assertThat(json(leapYear).get("throughput")).hasSize(366);
        assertThat(get(null, "from=2021-03-01").status()).isEqualTo(400);
        assertThat(get(null, "from=2021-03-01&to=March").status()).isEqualTo(400);
        assertThat(get(null, WEEK + "&manufacturerId=nope").status()).isEqualTo(400);
    }

    @Test
    void isStaffOnly() {
        assertThat(as(Role.VIEWER).get("/api/production/metrics?" + WEEK).status())
                .isEqualTo(200);
        UUID vendor = CurrentActor.runAs(
                        Actor.system("test"), () -> vendors.create(VendorDetails.named(unique("Metrics vendor"))))
                .id();
        assertThat(as(Role.VENDOR, vendor)
                        .get("/api/production/metrics?" + WEEK)
                        .status())
                .isEqualTo(403);
    }

    private int statementsFor(UUID manufacturer) {
        String requestId = unique("metrics");
        Response response = admin().get(
                        "/api/production/metrics?" + WEEK + "&manufacturerId=" + manufacturer,
                        "X-Request-Id",
                        requestId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return statements.statementsOf(requestId);
    }

    private JsonNode metrics(UUID manufacturer) {
        Response response = get(manufacturer, WEEK);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return json(response);
    }

    private Response get(@Nullable UUID manufacturer, String query) {
        return admin().get("/api/production/metrics?" + query
                + (manufacturer == null ? "" : "&manufacturerId=" + manufacturer));
    }

    /** The stage codes the per-stage metrics list: every stage but done, in position order. */
    private List<String> stagesButDone() {
        return jdbc.sql("SELECT code FROM production_stages WHERE kind <> 'done' ORDER BY position")
                .query(String.class)
                .list();
    }

    private Map<String, String> zeroForEveryStageButDone() {
        Map<String, String> zeros = new LinkedHashMap<>();
        stagesButDone().forEach(stage -> zeros.put(stage, "0 tasks, 0 units"));
        return zeros;
    }

    private static <T> Map<String, T> rows(JsonNode list, java.util.function.Function<JsonNode, T> value) {
        return rows(list, "stage", value);
    }

    /** The list as key -> value, in the list's order. */
    private static <T> Map<String, T> rows(JsonNode list, String key, java.util.function.Function<JsonNode, T> value) {
        Map<String, T> map = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        list.forEach(row -> {
            keys.add(row.get(key).asString());
            map.put(row.get(key).asString(), value.apply(row));
        });
        assertThat(keys).as("no key twice").doesNotHaveDuplicates();
        return map;
    }

    /** A JSON number as the server wrote it (scale included), or "null". */
    private static String decimal(JsonNode node) {
        return node.isNull() ? "null" : node.decimalValue().toPlainString();
    }

    private static JsonNode json(Response response) {
        return DECIMALS.readTree(response.body());
    }
}
