package dev.shopfloor.orders;

import dev.shopfloor.orders.internal.PaymentService;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments of orders. The order's {@code paidAmount} and {@code paymentStatus} follow in the same transaction;
 * a captured payment that makes a pending order fully paid also confirms it.
 */
@Service
public class OrderPayments {

    private final PaymentService payments;

    OrderPayments(PaymentService payments) {
        this.payments = payments;
    }

    /** 422 currency_mismatch / overpayment, 409 order_not_payable for cancelled or refunded orders. */
    @Transactional
    public Payment record(UUID orderId, NewPayment payment) {
        return payments.get(orderId, payments.record(orderId, payment));
    }

    /** Refunds a captured payment in full; 422 not_refundable otherwise. */
    @Transactional
    public Payment refund(UUID orderId, UUID paymentId) {
        payments.refund(orderId, paymentId);
        return payments.get(orderId, paymentId);
    }

    @Transactional(readOnly = true)
    public List<Payment> ofOrder(UUID orderId) {
        return payments.ofOrder(orderId);
    }
}
