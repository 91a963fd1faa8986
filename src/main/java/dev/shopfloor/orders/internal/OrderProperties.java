package dev.shopfloor.orders.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shopfloor.orders} (docs/configuration.md).
 *
 * @param holdDuration how long a pending order holds its stock before the expiry job cancels it (default 30m)
 * @param expiryInterval how often the expiry job looks for pending orders past their hold (default 30s)
 * @param expiryBatch how many orders one expiry transaction cancels at most (default 100)
 */
@ConfigurationProperties("shopfloor.orders")
public record OrderProperties(Duration holdDuration, Duration expiryInterval, int expiryBatch) {

    public OrderProperties {
        holdDuration = holdDuration == null ? Duration.ofMinutes(30) : holdDuration;
        expiryInterval = expiryInterval == null ? Duration.ofSeconds(30) : expiryInterval;
        expiryBatch = expiryBatch <= 0 ? 100 : expiryBatch;
    }
}
