package dev.shopfloor.orders.internal;

import dev.shopfloor.inventory.InsufficientStock;
import dev.shopfloor.orders.NewPayment;
import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.orders.Payment;
import dev.shopfloor.orders.PaymentStatus;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments of an order. The order's {@code paidAmount} (sum of captured payments) and {@code paymentStatus}
 * follow in the same transaction; a captured payment that makes a pending order fully paid also confirms it.
 */
@Component
public class PaymentService {

    static final String PAID_NOTE = "paid in full";
    static final String PAID_SHORT_NOTE = "paid in full; its lapsed stock hold could not be renewed";

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final OrderTransitions transitions;
    private final TransactionTemplate savepoint;

    PaymentService(
            OrderRepository orders,
            PaymentRepository payments,
            OrderTransitions transitions,
            PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.payments = payments;
        this.transitions = transitions;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Records a payment: 422 currency_mismatch, 422 overpayment, 409 order_not_payable (cancelled/refunded). */
    @Transactional
    public UUID record(UUID orderId, NewPayment payment) {
        Order order = OrderTransitions.lock(orders, orderId, ExpectedVersion.ANY);
        if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.REFUNDED) {
            throw ApiException.conflict(
                    "order_not_payable", "a " + order.status().wire() + " order takes no more payments");
        }
        if (!order.currency().equals(payment.currency())) {
            throw ApiException.unprocessable(
                    "currency_mismatch",
                    "the order is in " + order.currency() + "; a payment in " + payment.currency() + " cannot count");
        }
        boolean captured = "captured".equals(payment.status());
        if (captured && order.paidAmount().add(payment.amount()).compareTo(order.total()) > 0) {
            throw ApiException.unprocessable(
                    "overpayment",
                    "the order's total is " + order.total() + " and " + order.paidAmount() + " is paid; "
                            + payment.amount() + " more would be too much");
        }
        UUID id = Ids.newId();
        payments.insert(id, orderId, payment);
        OrderRepository.Totals totals = orders.recalculate(orderId, false);
        if (captured && order.status() == OrderStatus.PENDING && totals.paymentStatus() == PaymentStatus.PAID) {
            confirmPaid(order);
        }
        return id;
    }

    /**
     * Confirms a pending order that is now paid. Money that was taken is always recorded: if the order's hold had
     * lapsed and its stock is gone meanwhile, the confirmation alone is undone (savepoint) and the order stays
     * pending with a note for staff; the expiry job never cancels a paid order.
     */
    private void confirmPaid(Order order) {
        try {
            savepoint.executeWithoutResult(tx -> transitions.apply(order, OrderStatus.CONFIRMED, PAID_NOTE));
        } catch (InsufficientStock e) {
            orders.setStatus(order.id(), OrderStatus.PENDING, PAID_SHORT_NOTE, order.holdExpiresAt());
        }
    }

    /** Refunds a captured payment in full; 422 not_refundable for any other payment. */
    @Transactional
    public void refund(UUID orderId, UUID paymentId) {
        OrderTransitions.lock(orders, orderId, ExpectedVersion.ANY);
        Payment payment =
                payments.find(orderId, paymentId).orElseThrow(() -> ApiException.notFound("payment", paymentId));
        if (!"captured".equals(payment.status())) {
            throw ApiException.unprocessable(
                    "not_refundable", "only a captured payment can be refunded; this one is " + payment.status());
        }
        payments.refund(paymentId);
        orders.recalculate(orderId, false);
    }

    @Transactional(readOnly = true)
    public Payment get(UUID orderId, UUID paymentId) {
        return payments.find(orderId, paymentId).orElseThrow(() -> ApiException.notFound("payment", paymentId));
    }

    @Transactional(readOnly = true)
    public List<Payment> ofOrder(UUID orderId) {
        orders.find(orderId).orElseThrow(() -> ApiException.notFound("order", orderId));
        return payments.ofOrder(orderId);
    }
}
