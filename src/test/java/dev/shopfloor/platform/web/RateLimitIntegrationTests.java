package dev.shopfloor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.security.TokenIssuer;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The limiter over real HTTP, in its own application context with small buckets (every other test class runs
 * with limits far above what it sends). Tokens are minted directly so that only the login test signs in.
 */
@TestPropertySource(
        properties = {
            "shopfloor.rate-limit.per-user.capacity=5",
            "shopfloor.rate-limit.per-user.period=1h",
            "shopfloor.rate-limit.login.capacity=3",
            "shopfloor.rate-limit.login.period=1h"
        })
class RateLimitIntegrationTests extends IntegrationTest {

    @Autowired
    TokenIssuer tokens;

    @Test
    void answers429WithRetryAfterOnceAUserSpentTheirBucket() {
        Api user = new Api(port, token());
        for (int i = 0; i < 5; i++) {
            assertThat(user.get("/api/vendors").status()).isEqualTo(200);
        }
        Response refused = user.get("/api/vendors");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("rate_limited");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();

        assertThat(new Api(port, token()).get("/api/vendors").status()).isEqualTo(200);
    }

    @Test
    void limitsSignInAttemptsPerAddressOnTheApiAndTheSignInPageTogether() {
        Map<String, String> wrong = Map.of("email", ADMIN_EMAIL, "password", "guess-" + UUID.randomUUID());
        String wrongForm = "email=" + ADMIN_EMAIL + "&password=guess-" + UUID.randomUUID();
        String form = "application/x-www-form-urlencoded";
        assertThat(anonymous().post("/api/auth/login", wrong).status()).isEqualTo(401);
        assertThat(anonymous().post("/login", wrongForm, "Content-Type", form).status())
                .isEqualTo(401);
        assertThat(anonymous().post("/api/auth/login", wrong).status()).isEqualTo(401);

        assertThat(anonymous().post("/login", wrongForm, "Content-Type", form).status())
                .isEqualTo(429);
        Response refused = anonymous().post("/api/auth/login", wrong);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("rate_limited");
        assertThat(refused.header("Retry-After")).isNotBlank();
    }

    private String token() {
        return tokens.issue(Actor.user(UUID.randomUUID(), Role.VIEWER, null, List.of()), "limited@test.local")
                .value();
    }
}
