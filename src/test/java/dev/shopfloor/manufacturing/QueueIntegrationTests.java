package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/** The queue's order, each filter, the entry's fields and pagination, over one manufacturer's open tasks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueIntegrationTests extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private UUID maker;
    private UUID design;
    private UUID q1, q2, q3, q4, q5, q6, q7;

    /**
     * In queue order: priority rank, then due date (none last), then id (q4 before q5: same priority and due
     * date, and ids grow in creation order). Inserted out of order so that insertion order proves nothing.
     */
    @BeforeAll
    void createTheQueue() {
        QueueFixtures rows = new QueueFixtures(jdbc, transactions, admin());
        maker = rows.manufacturer();
        design = rows.design("in_review");
        q4 = rows.task(maker)
                .name("q4")
                .due(TODAY.plusDays(1))
                .stage("sewing", "2026-01-01T00:00:00Z")
                .insert();
        q7 = rows.task(maker)
                .name("q7")
                .priority("low")
                .due(TODAY.minusDays(3))
                .stage("packing", "2026-01-01T00:00:00Z")
                .insert();
        q2 = rows.task(maker).name("q2").priority("urgent").insert();
        q5 = rows.task(maker).name("q5").due(TODAY.plusDays(1)).insert();
        q3 = rows.task(maker)
                .name("q3")
                .quantity(12)
                .priority("high")
                .due(TODAY.minusDays(1))
                .stage("sewing", "2026-02-03T04:05:06Z")
                .design(design)
                .planned(TODAY.minusDays(5), TODAY.minusDays(2))
                .insert();
        q6 = rows.task(maker).name("q6").stage("sewing", "2026-01-01T00:00:00Z").insert();
        q1 = rows.task(maker)
                .name("q1")
                .priority("urgent")
                .due(TODAY.plusDays(5))
                .stage("cutting", "2026-01-01T00:00:00Z")
                .insert();
        rows.task(maker)
                .name("done")
                .priority("urgent")
                .done("2026-01-02T00:00:00Z")
                .insert();
        rows.task(maker).name("cancelled").priority("urgent").cancelled().insert();
    }

    @Test
    void listsOpenTasksByPriorityThenDueDateWithNoneLastThenId() {
        assertThat(ids("manufacturerId=" + maker)).containsExactly(q1, q2, q3, q4, q5, q6, q7);
    }

    @Test
    void filtersByStage() {
        assertThat(ids("manufacturerId=" + maker + "&stage=sewing")).containsExactly(q3, q4, q6);
        List<JsonNode> sewing = walk("stage=sewing", 200);
        assertThat(sewing).allSatisfy(e -> assertThat(e.get("stage").asString()).isEqualTo("sewing"));
        assertThat(sewing.stream()
                        .map(e -> UUID.fromString(e.get("id").asString()))
                        .filter(List.of(q3, q4, q6)::contains))
                .containsExactly(q3, q4, q6);
    }

    @Test
    void filtersByPriority() {
        assertThat(ids("manufacturerId=" + maker + "&priority=normal")).containsExactly(q4, q5, q6);
        assertThat(ids("manufacturerId=" + maker + "&priority=URGENT")).containsExactly(q1, q2);
    }

    @Test
    void filtersByDueBeforeExclusiveLeavingOutTasksWithoutADueDate() {
        assertThat(ids("manufacturerId=" + maker + "&dueBefore=" + TODAY.plusDays(1)))
                .containsExactly(q3, q7);
        assertThat(ids("manufacturerId=" + maker + "&dueBefore=" + TODAY.plusDays(2)))
                .containsExactly(q3, q4, q5, q7);
    }

    @Test
    void combinesFilters() {
        assertThat(ids("manufacturerId=" + maker + "&stage=sewing&priority=normal&dueBefore=" + TODAY.plusDays(3)))
                .containsExactly(q4);
    }

    @Test
    void entriesCarryTheTaskItsManufacturerAndItsDesign() {
        JsonNode entry = walk("manufacturerId=" + maker + "&priority=high", 50).getFirst();
        String manufacturerName = jdbc.sql("SELECT name FROM manufacturers WHERE id = :id")
                .param("id", maker)
                .query(String.class)
                .single();
        assertThat(entry.get("id").asString()).isEqualTo(q3.toString());
        assertThat(entry.get("number").asString()).startsWith("PT-");
        assertThat(entry.get("name").asString()).isEqualTo("q3");
        assertThat(entry.get("sku").asString()).startsWith("MTO-");
        assertThat(entry.get("quantity").asInt()).isEqualTo(12);
        assertThat(entry.get("priority").asString()).isEqualTo("high");
        assertThat(entry.get("dueDate").asString()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(entry.get("stage").asString()).isEqualTo("sewing");
        assertThat(entry.get("stageEnteredAt").asString()).isEqualTo("2026-02-03T04:05:06Z");
        assertThat(entry.get("manufacturerId").asString()).isEqualTo(maker.toString());
        assertThat(entry.get("manufacturerName").asString()).isEqualTo(manufacturerName);
        assertThat(entry.get("orderId").isNull()).isTrue();
        assertThat(entry.get("designTaskId").asString()).isEqualTo(design.toString());
        assertThat(entry.get("designStatus").asString()).isEqualTo("in_review");
        assertThat(entry.get("plannedStart").asString())
                .isEqualTo(TODAY.minusDays(5).toString());
        assertThat(entry.get("plannedEnd").asString())
                .isEqualTo(TODAY.minusDays(2).toString());
        assertThat(entry.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void overdueMeansDueBeforeToday() {
        List<String> overdue = walk("manufacturerId=" + maker, 50).stream()
                .filter(e -> e.get("overdue").asBoolean())
                .map(e -> e.get("name").asString())
                .toList();
        assertThat(overdue).containsExactly("q3", "q7"); // q4, q5 due tomorrow; q1 in 5 days; q2, q6 none
    }

    @Test
    void pagesWalkTheWholeQueueWithoutDuplicatesOrGaps() {
        List<String> pages = new ArrayList<>();
        List<UUID> walked = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            Response response = admin().get("/api/production/queue?limit=2&manufacturerId=" + maker
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            List<String> names = new ArrayList<>();
            response.json().get("items").forEach(e -> {
                names.add(e.get("name").asString());
                walked.add(UUID.fromString(e.get("id").asString()));
            });
            pages.add(String.join(",", names));
            JsonNode next = response.json().get("nextCursor");
            if (next.isNull()) {
                break;
            }
            cursor = next.asString();
        }
        // the cursor crosses a priority change (q2 -> q3), equal due dates (q4 -> q5) and a null due date (q6)
        assertThat(pages).containsExactly("q1,q2", "q3,q4", "q5,q6", "q7");
        assertThat(walked).doesNotHaveDuplicates().containsExactly(q1, q2, q3, q4, q5, q6, q7);
        for (int limit = 1; limit <= 7; limit++) {
            assertThat(walk("manufacturerId=" + maker, limit).stream()
                            .map(e -> UUID.fromString(e.get("id").asString())))
                    .as("limit " + limit)
                    .containsExactly(q1, q2, q3, q4, q5, q6, q7);
        }
    }

    @Test
    void refusesCursorsItDidNotIssueAndUnknownPriorities() {
        for (String bad : List.of("garbage", "MXxub3BlfDE", "OXwtfDAxOTAwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA")) {
            Response response = admin().get("/api/production/queue?cursor=" + bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.code()).isEqualTo("invalid_cursor");
        }
        assertThat(admin().get("/api/production/queue?priority=asap").code()).isEqualTo("invalid_filter");
        assertThat(admin().get("/api/production/queue?dueBefore=soon").status()).isEqualTo(400);
        assertThat(admin().get("/api/production/queue?limit=0").code()).isEqualTo("invalid_limit");
    }

    private List<UUID> ids(String query) {
        return walk(query, 50).stream()
                .map(e -> UUID.fromString(e.get("id").asString()))
                .toList();
    }

    /** Every entry of the filtered queue, page by page (bounded). */
    private List<JsonNode> walk(String query, int limit) {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 50; page++) {
            Response response = admin().get("/api/production/queue?" + query + "&limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            response.json().get("items").forEach(entries::add);
            JsonNode next = response.json().get("nextCursor");
            if (next.isNull()) {
                return entries;
            }
            cursor = next.asString();
        }
        throw new AssertionError("more than 50 pages of " + query);
    }
}
