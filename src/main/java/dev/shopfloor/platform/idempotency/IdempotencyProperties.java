package dev.shopfloor.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shopfloor.idempotency}.
 *
 * @param retention how long a key and its answer are kept; a retry after that runs as a new request
 * @param purgeInterval how often each node deletes expired keys
 */
@ConfigurationProperties("shopfloor.idempotency")
public record IdempotencyProperties(Duration retention, Duration purgeInterval) {

    public IdempotencyProperties {
        retention = retention == null ? Duration.ofHours(24) : retention;
        purgeInterval = purgeInterval == null ? Duration.ofMinutes(15) : purgeInterval;
    }
}
