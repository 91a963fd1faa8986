package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.StatementCounter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Must show: placing a 10-line order costs a fixed number of SQL statements (no N+1 in orders or inventory),
 * the same as a 1-line order. The pinned number is the round trips the application sends for one placement;
 * triggers inside PostgreSQL are not counted. If it changes, look at the statement list (datasource-proxy) before
 * moving the pin: a count that grows with the lines is an N+1.
 */
class OrderStatementsIntegrationTests extends IntegrationTest {

    /**
     * Placing a pending order: set_config (transaction context), customer exists, catalog SKU lookup, insert order,
     * insert lines, lock levels, release earlier holds, free lapsed holds, read availability, insert holds, then
     * reading the order back (order, lines).
     */
    static final int PLACE_ORDER_STATEMENTS = 12;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    private OrderFixtures fixtures;
    private StockFixtures stock;
    private UUID customer;
    private UUID location;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
        stock = new StockFixtures(jdbc);
        customer = fixtures.customer();
        location = stock.location();
    }

    @Test
    void placingATenLineOrderCostsAFixedNumberOfStatementsTheSameAsOneLine() {
        int one = statementsToPlace(stockLines(1));
        int ten = statementsToPlace(stockLines(10));

        assertThat(ten).as("10 lines cost the same as 1 (else N+1)").isEqualTo(one);
        assertThat(ten).isEqualTo(PLACE_ORDER_STATEMENTS);
    }

    @Test
    void linesSplitOverLocationsAndMadeToOrderLinesCostNoMore() {
        List<Map<String, Object>> lines = stockLines(8);
        UUID other = stock.location();
        String split = fixtures.stockItem(3);
        stock.receive(split, location, 2);
        stock.receive(split, other, 2);
        lines.add(line(split, 3));
        lines.add(line(fixtures.madeToOrder(40), 1));

        assertThat(statementsToPlace(lines)).isEqualTo(PLACE_ORDER_STATEMENTS);
    }

    @Test
    void cancellingAndShippingCostTheSameForOneLineAndTen() {
        String oneLine = placed(stockLines(1));
        String tenLines = placed(stockLines(10));
        assertThat(statementsOf("PUT", oneLine, "confirmed")).isEqualTo(statementsOf("PUT", tenLines, "confirmed"));

        int shipOne = statementsOf("POST", oneLine, null);
        int shipTen = statementsOf("POST", tenLines, null);
        assertThat(shipTen).as("shipping 10 lines vs 1").isEqualTo(shipOne);

        String cancelOne = placed(stockLines(1));
        String cancelTen = placed(stockLines(10));
        assertThat(statementsOf("PUT", cancelTen, "cancelled")).isEqualTo(statementsOf("PUT", cancelOne, "cancelled"));
    }

    private List<Map<String, Object>> stockLines(int count) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sku = fixtures.stockItem(10 + i);
            stock.receive(sku, location, 20);
            lines.add(line(sku, 1 + i % 3));
        }
        return lines;
    }

    private Map<String, Object> body(List<Map<String, Object>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customer);
        body.put("items", lines);
        return body;
    }

    private int statementsToPlace(List<Map<String, Object>> lines) {
        String requestId = unique("place");
        Response placed = admin().post("/api/orders", body(lines), "X-Request-Id", requestId);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().get("items").size()).isEqualTo(lines.size());
        return statements.statementsOf(requestId);
    }

    private String placed(List<Map<String, Object>> lines) {
        Response placed = admin().post("/api/orders", body(lines));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.id();
    }

    /** PUT a status, or POST a shipment of everything (status null). */
    private int statementsOf(String method, String order, String status) {
        String requestId = unique("change");
        Response response = status == null
                ? admin().post(
                                "/api/orders/" + order + "/shipments",
                                Map.of("carrier", "DHL"),
                                "X-Request-Id",
                                requestId)
                : admin().put("/api/orders/" + order + "/status", Map.of("status", status), "X-Request-Id", requestId);
        assertThat(response.status()).as(method + " " + response).isIn(200, 201);
        return statements.statementsOf(requestId);
    }
}
