package dev.shopfloor.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shopfloor.platform.web.ApiException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTests {

    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKey.of(null)).isNull();
        assertThat(IdempotencyKey.of(Collections.emptyEnumeration())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "order-2026-11-23T10:00:00Z", "550e8400-e29b-41d4-a716-446655440000", "~!#$%^&*()"})
    void acceptsVisibleAscii(String key) {
        assertThat(IdempotencyKey.of(Collections.enumeration(List.of(key)))).isEqualTo(key);
    }

    @Test
    void acceptsExactly255Characters() {
        String key = "k".repeat(255);
        assertThat(IdempotencyKey.of(Collections.enumeration(List.of(key)))).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "with space", "tab\there", "caf\u00e9", "line\nbreak", "\u007f"})
    void refusesEmptyInvisibleAndNonAsciiKeys(String key) {
        assertThatThrownBy(() -> IdempotencyKey.of(Collections.enumeration(List.of(key))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_idempotency_key"));
    }

    @Test
    void refusesKeysOver255Characters() {
        assertThatThrownBy(() -> IdempotencyKey.of(Collections.enumeration(List.of("k".repeat(256)))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status().value()).isEqualTo(400));
    }

    @Test
    void refusesTwoKeys() {
        assertThatThrownBy(() -> IdempotencyKey.of(Collections.enumeration(List.of("a", "b"))))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("one Idempotency-Key");
    }
}
