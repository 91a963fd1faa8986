package dev.shopfloor.orders.web;

import dev.shopfloor.orders.NewPayment;
import dev.shopfloor.orders.OrderPayments;
import dev.shopfloor.orders.Payment;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Payments", description = "Payments of an order; the order's paidAmount and paymentStatus follow")
class PaymentController {

    private final OrderPayments payments;

    PaymentController(OrderPayments payments) {
        this.payments = payments;
    }

    record PaymentRequest(
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,

            @NotNull @Pattern(regexp = "card|cash|bank_transfer|other")
            String method,

            @Nullable @Pattern(regexp = "captured|pending|failed")
            String status,

            @Nullable @Size(max = 200) String reference) {

        NewPayment toNewPayment() {
            return new NewPayment(amount, currency, method, status == null ? "captured" : status, reference);
        }
    }

    @PostMapping("/api/orders/{id}/payments")
    @Access.Write
    @Operation(
            summary = "Record a payment (status captured by default, or pending, failed)",
            description = "Only captured payments count toward paidAmount. 422 overpayment beyond the total, 422"
                    + " currency_mismatch, 409 order_not_payable for cancelled/refunded orders. A captured payment"
                    + " that makes a pending order fully paid also confirms it.")
    ResponseEntity<Payment> record(@PathVariable UUID id, @Valid @RequestBody PaymentRequest request) {
        Payment payment = payments.record(id, request.toNewPayment());
        return ResponseEntity.created(URI.create("/api/orders/" + id + "/payments/" + payment.id()))
                .body(payment);
    }

    @PostMapping("/api/orders/{id}/payments/{paymentId}/refund")
    @Access.Write
    @Operation(summary = "Refund a captured payment in full (422 not_refundable otherwise)")
    Payment refund(@PathVariable UUID id, @PathVariable UUID paymentId) {
        return payments.refund(id, paymentId);
    }

    @GetMapping("/api/orders/{id}/payments")
    @Access.StaffRead
    @Operation(summary = "An order's payments, newest first (all of them, one page)")
    Page<Payment> list(@PathVariable UUID id) {
        return new Page<>(payments.ofOrder(id), null);
    }
}
