package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Payments: the order's paidAmount and paymentStatus follow; full payment confirms a pending order. */
class OrderPaymentsIntegrationTests extends IntegrationTest {

    private OrderFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
    }

    @Test
    void paymentsMoveThePaidAmountAndAFullPaymentConfirmsAPendingOrder() {
        JsonNode order = fixtures.orderIn(OrderStatus.PENDING); // total 100.00
        String payments = "/api/orders/" + order.get("id").asString() + "/payments";

        Response first = as(Role.STAFF).post(payments, payment(40, "EUR", "card"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("captured");
        JsonNode partly = read(order);
        assertThat(partly.get("paidAmount").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(partly.get("paymentStatus").asString()).isEqualTo("partially_paid");
        assertThat(partly.get("status").asString()).isEqualTo("pending");

        Response over = admin().post(payments, payment(60.01, "EUR", "cash"));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.code()).isEqualTo("overpayment");
        Response wrongCurrency = admin().post(payments, payment(10, "USD", "cash"));
        assertThat(wrongCurrency.status()).isEqualTo(422);
        assertThat(wrongCurrency.code()).isEqualTo("currency_mismatch");
        Response badMethod = admin().post(payments, payment(10, "EUR", "barter"));
        assertThat(badMethod.status()).isEqualTo(400);
        Map<String, Object> failed = payment(60, "EUR", "card");
        failed.put("status", "failed");
        assertThat(admin().post(payments, failed).status()).isEqualTo(201);
        assertThat(read(order).get("paidAmount").decimalValue()).isEqualByComparingTo("40.00");

        Response rest = admin().post(payments, payment(60, "EUR", "bank_transfer"));
        assertThat(rest.status()).isEqualTo(201);
        JsonNode paid = read(order);
        assertThat(paid.get("paymentStatus").asString()).isEqualTo("paid");
        assertThat(paid.get("paidAmount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(paid.get("status").asString()).isEqualTo("confirmed");
        assertThat(paid.get("statusNote").asString()).isEqualTo("paid in full");
        assertThat(paid.get("holdExpiresAt").isNull()).isTrue();

        Response list = as(Role.VIEWER).get(payments);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).hasSize(3);
    }

    @Test
    void refundsACapturedPaymentAndTheOrderFollows() {
        JsonNode order = fixtures.orderIn(OrderStatus.CONFIRMED);
        String payments = "/api/orders/" + order.get("id").asString() + "/payments";
        String paymentId = admin().post(payments, payment(100, "EUR", "card")).id();
        assertThat(read(order).get("paymentStatus").asString()).isEqualTo("paid");

        Response refunded = admin().post(payments + "/" + paymentId + "/refund", null);

        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(200);
        assertThat(refunded.json().get("status").asString()).isEqualTo("refunded");
        assertThat(refunded.json().get("refundedAt").isNull()).isFalse();
        JsonNode after = read(order);
        assertThat(after.get("paidAmount").decimalValue()).isEqualByComparingTo("0");
        assertThat(after.get("paymentStatus").asString()).isEqualTo("refunded");
        Response again = admin().post(payments + "/" + paymentId + "/refund", null);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("not_refundable");
        assertThat(admin().post(payments + "/" + UUID.randomUUID() + "/refund", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void cancelledOrdersTakeNoPaymentsAndUnknownOrdersAre404() {
        JsonNode cancelled = fixtures.orderIn(OrderStatus.CANCELLED);
        Response refused =
                admin().post("/api/orders/" + cancelled.get("id").asString() + "/payments", payment(1, "EUR", "cash"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("order_not_payable");
        assertThat(admin().post("/api/orders/" + UUID.randomUUID() + "/payments", payment(1, "EUR", "cash"))
                        .status())
                .isEqualTo(404);
        assertThat(admin().get("/api/orders/" + UUID.randomUUID() + "/payments").status())
                .isEqualTo(404);
    }

    @Test
    void aPaidOrderCannotShrinkBelowWhatWasPaid() {
        UUID customer = fixtures.customer();
        String sku = fixtures.madeToOrder(10);
        JsonNode order = fixtures.place(body(customer, line(sku, 3)));
        String id = order.get("id").asString();
        assertThat(admin().post("/api/orders/" + id + "/payments", payment(25, "EUR", "cash"))
                        .status())
                .isEqualTo(201);
        String lineId = order.get("items").get(0).get("id").asString();

        Response shrink = admin().put("/api/orders/" + id + "/items/" + lineId, Map.of("quantity", 2));

        assertThat(shrink.status()).isEqualTo(422);
        assertThat(shrink.code()).isEqualTo("overpayment");
        assertThat(read(order).get("items").get(0).get("quantity").asInt()).isEqualTo(3);
    }

    private JsonNode read(JsonNode order) {
        return admin().get("/api/orders/" + order.get("id").asString()).json();
    }

    private static Map<String, Object> payment(double amount, String currency, String method) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("method", method);
        return body;
    }
}
