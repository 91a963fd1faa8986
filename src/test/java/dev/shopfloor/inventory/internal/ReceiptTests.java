package dev.shopfloor.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shopfloor.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiptTests {

    private static final UUID ORDER = UUID.randomUUID();
    private final PurchaseOrderLine shorts = new PurchaseOrderLine(UUID.randomUUID(), ORDER, "SHORTS-1", 10, 4, null);
    private final PurchaseOrderLine socks = new PurchaseOrderLine(UUID.randomUUID(), ORDER, "SOCKS-1", 5, 5, null);
    private final PurchaseOrderLine caps = new PurchaseOrderLine(UUID.randomUUID(), ORDER, "CAPS-1", 3, 0, null);

    @Test
    void nothingNamedReceivesEverythingOutstanding() {
        Receipt receipt = Receipt.plan(List.of(shorts, socks, caps), List.of());
        assertThat(receipt.quantityByLine()).isEqualTo(Map.of(shorts.id(), 6, caps.id(), 3));
        assertThat(receipt.outstandingAfter()).isZero();
    }

    @Test
    void linesAreNamedByIdOrSkuInAnyCaseAndAddUp() {
        Receipt receipt = Receipt.plan(
                List.of(shorts, socks, caps),
                List.of(
                        new ReceiptLine(null, "shorts-1", 2),
                        new ReceiptLine(shorts.id(), null, 1),
                        new ReceiptLine(null, "CAPS-1", 3)));
        assertThat(receipt.quantityByLine()).isEqualTo(Map.of(shorts.id(), 3, caps.id(), 3));
        assertThat(receipt.outstandingAfter()).isEqualTo(3);
    }

    @Test
    void refusesOverReceiptUnknownLinesAndNothingLeft() {
        assertThatThrownBy(() -> Receipt.plan(List.of(shorts), List.of(new ReceiptLine(null, "SHORTS-1", 7))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("over_receipt"));
        assertThatThrownBy(() -> Receipt.plan(
                        List.of(shorts),
                        List.of(new ReceiptLine(null, "SHORTS-1", 4), new ReceiptLine(shorts.id(), null, 3))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("over_receipt"));
        assertThatThrownBy(() -> Receipt.plan(List.of(shorts), List.of(new ReceiptLine(null, "HATS", 1))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("unknown_line"));
        assertThatThrownBy(() -> Receipt.plan(List.of(socks), List.of()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("nothing_outstanding"));
    }
}
