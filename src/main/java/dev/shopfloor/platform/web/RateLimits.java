package dev.shopfloor.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The token buckets of this node, one Caffeine-held bucket per user or client address and kind of limit. */
@Component
class RateLimits {

    enum Kind {
        USER,
        IP,
        LOGIN
    }

    private final boolean enabled;
    private final Map<Kind, RateLimitProperties.Limit> limits = new EnumMap<>(Kind.class);
    private final Map<Kind, Cache<String, Bucket>> buckets = new EnumMap<>(Kind.class);
    private final JsonMapper json;

    RateLimits(RateLimitProperties props, JsonMapper json) {
        this.enabled = props.enabled();
        this.json = json;
        limits.put(Kind.USER, props.perUser());
        limits.put(Kind.IP, props.perIp());
        limits.put(Kind.LOGIN, props.login());
        // A bucket unused for a whole period has refilled completely, so forgetting it changes nothing.
        limits.forEach((kind, limit) -> buckets.put(
                kind,
                Caffeine.newBuilder()
                        .maximumSize(props.maxTrackedKeys())
                        .expireAfterAccess(limit.period())
                        .build()));
    }

    /**
     * Takes one token for {@code key}; when none is left, writes the 429 and returns false.
     */
    boolean admit(Kind kind, String key, HttpServletResponse response) throws IOException {
        if (!enabled) {
            return true;
        }
        ConsumptionProbe probe =
                buckets.get(kind).get(key, k -> newBucket(limits.get(kind))).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        response.setContentType("application/problem+json");
        // A map rather than ProblemDetail: its "code" property needs Spring's Jackson mix-in, which this
        // mapper need not carry.
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemHandler.Problems.type("rate_limited").toString());
        problem.put("title", HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", "too many requests; retry after " + retryAfter + " s");
        problem.put("code", "rate_limited");
        json.writeValue(response.getOutputStream(), problem);
        return false;
    }

    private static Bucket newBucket(RateLimitProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
    }
}
