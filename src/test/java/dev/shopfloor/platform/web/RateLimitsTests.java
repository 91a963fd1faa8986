package dev.shopfloor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.web.RateLimitProperties.Limit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RateLimitsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RateLimits limits = new RateLimits(
            new RateLimitProperties(
                    true,
                    new Limit(3, Duration.ofMinutes(1)),
                    new Limit(5, Duration.ofMinutes(1)),
                    new Limit(2, Duration.ofMinutes(10)),
                    1000),
            JSON);
    private final ClientRateLimitFilter clientFilter = new ClientRateLimitFilter(limits);
    private final UserRateLimitFilter userFilter = new UserRateLimitFilter(limits);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesAClientAddressBeyondItsBucketWithProblemJsonAndRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(client("GET", "/api/catalog", "10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = client("GET", "/api/catalog", "10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        JsonNode problem = JSON.readTree(refused.getContentAsString());
        assertThat(problem.get("code").asString()).isEqualTo("rate_limited");
        assertThat(problem.get("status").asInt()).isEqualTo(429);

        assertThat(client("GET", "/api/catalog", "10.0.0.2").getStatus()).isEqualTo(200);
    }

    @Test
    void limitsSignInAttemptsMoreStrictly() throws Exception {
        assertThat(client("POST", "/api/auth/login", "10.0.0.3").getStatus()).isEqualTo(200);
        assertThat(client("POST", "/api/auth/login", "10.0.0.3").getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = client("POST", "/api/auth/login", "10.0.0.3");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 600L);
        assertThat(client("GET", "/api/catalog", "10.0.0.3").getStatus()).isEqualTo(200);
    }

    @Test
    void leavesNonApiPathsAlone() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(client("GET", "/actuator/health", "10.0.0.4").getStatus())
                    .isEqualTo(200);
        }
    }

    @Test
    void limitsEachSignedInUserWhateverTheirAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(user("alice").getStatus()).isEqualTo(200);
        }
        assertThat(user("alice").getStatus()).isEqualTo(429);
        assertThat(user("bob").getStatus()).isEqualTo(200);
    }

    @Test
    void admitsEverythingWhenDisabled() throws Exception {
        RateLimits off = new RateLimits(
                new RateLimitProperties(
                        false,
                        new Limit(1, Duration.ofMinutes(1)),
                        new Limit(1, Duration.ofMinutes(1)),
                        new Limit(1, Duration.ofMinutes(1)),
                        10),
                JSON);
        ClientRateLimitFilter filter = new ClientRateLimitFilter(off);
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request("POST", "/api/auth/login", "10.0.0.5"), response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse client(String method, String path, String address) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        clientFilter.doFilter(request(method, path, address), response, new MockFilterChain());
        return response;
    }

    private MockHttpServletResponse user(String subject) throws Exception {
        Jwt jwt = new Jwt(
                "token",
                null,
                null,
                Map.of("alg", "HS256"),
                Map.of("sub", subject, "role", "STAFF", "storeIds", List.of()));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        MockHttpServletResponse response = new MockHttpServletResponse();
        userFilter.doFilter(
                request("GET", "/api/orders", "10.9.9." + subject.length()), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String method, String path, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        return request;
    }
}
