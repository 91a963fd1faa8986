package dev.shopfloor.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token buckets ({@code shopfloor.rate-limit.*}): each key may spend {@code capacity} requests at once and
 * gets them back evenly over {@code period}. Buckets live in this node's memory; several nodes each allow
 * the full rate (a shared store, e.g. Redis via bucket4j-lettuce, gives exact global limits).
 *
 * @param perUser every signed-in user, by token subject
 * @param perIp every client address, on all {@code /api} paths, signed in or not
 * @param login the stricter bucket per client address on {@code POST /api/auth/login}
 * @param maxTrackedKeys buckets kept per kind; the least recently used are dropped beyond it
 */
@ConfigurationProperties("shopfloor.rate-limit")
public record RateLimitProperties(boolean enabled, Limit perUser, Limit perIp, Limit login, long maxTrackedKeys) {

    public record Limit(long capacity, Duration period) {}
}
