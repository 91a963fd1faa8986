package dev.shopfloor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.partners.VendorDetails;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role x endpoint matrix, derived from the live handler mappings so that every endpoint any module adds is
 * covered without editing this test: (a) every handler carries exactly one {@link Access} annotation; (b) every
 * {@code /api} endpoint, called with no token and with a token of each role, answers 401 / 403 / neither
 * exactly as its annotation says, and never 5xx.
 *
 * <p>WebSocket endpoints ({@code /api/sync}) are not request mappings, so they are not in the walk; their
 * handshake security is tested by the changefeed module. Streaming (SSE) endpoints are walked: the status is read
 * as soon as the response headers arrive and the stream is then closed.
 */
class RoleMatrixIntegrationTests extends IntegrationTest {

    private static final Pattern ROLE_IN_EXPRESSION = Pattern.compile("'([A-Z]+)'");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");
    private static final List<Role> ROLES = List.of(Role.ADMIN, Role.MANAGER, Role.STAFF, Role.VENDOR, Role.VIEWER);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Vendors vendors;

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);

    @BeforeEach
    void signInEveryRole() {
        UUID vendor = CurrentActor.runAs(
                        Actor.system("test"), () -> vendors.create(VendorDetails.named(unique("Matrix vendor"))))
                .id();
        for (Role role : ROLES) {
            Api api = role == Role.ADMIN ? admin() : as(role, role == Role.VENDOR ? vendor : null);
            tokens.put(role, api.token());
        }
    }

    @Test
    void everyHandlerDeclaresExactlyOneAccessRule() {
        List<String> offenders = new ArrayList<>();
        handlers().forEach((info, handler) -> {
            if (!isOurs(info, handler)) {
                return;
            }
            List<Annotation> onMethod = accessAnnotations(handler.getMethod());
            List<Annotation> onType = accessAnnotations(handler.getBeanType());
            boolean exactlyOne = onMethod.size() == 1 || (onMethod.isEmpty() && onType.size() == 1);
            boolean noStrayRule = onMethod.size() + onType.size()
                    == preAuthorizeCount(handler.getMethod()) + preAuthorizeCount(handler.getBeanType());
            if (!exactlyOne || !noStrayRule) {
                offenders.add(handler.getShortLogMessage() + " has " + onMethod + " on the method and " + onType
                        + " on the class");
            }
        });
        assertThat(handlers()).isNotEmpty();
        assertThat(offenders)
                .as("handlers without exactly one Access.* annotation")
                .isEmpty();
    }

    @Test
    void everyEndpointAnswersEachRoleAsItsAnnotationSays() {
        List<String> failures = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        int calls = 0;
        for (var entry : handlers().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            @Nullable Set<Role> allowed = allowedRoles(handler);
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = fill(pattern);
                for (String method : methods(info)) {
                    String endpoint = method + " " + pattern;
                    walked.add(endpoint);
                    int anonymous = call(method, path, null);
                    calls++;
                    check(
                            failures,
                            endpoint,
                            "no token",
                            anonymous,
                            allowed == null ? Expect.ANY : Expect.UNAUTHORIZED);
                    for (Role role : ROLES) {
                        int status = call(method, path, tokens.get(role));
                        calls++;
                        Expect expect = allowed == null || allowed.contains(role) ? Expect.ANY : Expect.FORBIDDEN;
                        check(failures, endpoint, role.name(), status, expect);
                    }
                }
            }
        }
        System.out.printf("Role matrix: %d endpoints x 6 callers = %d calls%n", walked.size(), calls);
        assertThat(walked)
                .as("the walk reaches the endpoints it should")
                .contains("POST /api/auth/login", "GET /api/vendors/{id}", "DELETE /api/users/{id}");
        assertThat(failures).as("role x endpoint matrix violations").isEmpty();
    }

    private enum Expect {
        UNAUTHORIZED,
        FORBIDDEN,
        /** Allowed: anything but 401, 403 and 5xx. */
        ANY
    }

    private static void check(List<String> failures, String endpoint, String caller, int status, Expect expect) {
        boolean ok = switch (expect) {
            case UNAUTHORIZED -> status == 401;
            case FORBIDDEN -> status == 403;
            case ANY -> status != 401 && status != 403 && status < 500 && status > 0;
        };
        if (!ok) {
            failures.add(endpoint + " as " + caller + ": got " + status + ", expected " + expect);
        }
    }

    /** The status of one call; -1 when the server did not answer in time. */
    private int call(String method, String path, @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/problem+json, text/event-stream")
                .method(
                        method,
                        method.equals("POST") || method.equals("PUT") || method.equals("PATCH")
                                ? HttpRequest.BodyPublishers.ofString("{}")
                                : HttpRequest.BodyPublishers.noBody());
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            request.header("Content-Type", MediaType.APPLICATION_JSON_VALUE);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            // Returns when the headers arrive, so streaming endpoints do not hold the walk up.
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (!isStream(response)) {
                    body.readAllBytes();
                }
            }
            return response.statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static boolean isStream(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
    }

    private Map<RequestMappingInfo, HandlerMethod> handlers() {
        return mappings.getHandlerMethods();
    }

    private static boolean isOurs(RequestMappingInfo info, HandlerMethod handler) {
        boolean ourCode = handler.getBeanType().getName().startsWith("dev.shopfloor.");
        boolean api = info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"));
        return ourCode && (api || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class));
    }

    /** The roles the handler's Access annotation admits, read from its PreAuthorize; null for permitAll(). */
    private static @Nullable Set<Role> allowedRoles(HandlerMethod handler) {
        List<Annotation> rules = accessAnnotations(handler.getMethod());
        if (rules.isEmpty()) {
            rules = accessAnnotations(handler.getBeanType());
        }
        if (rules.isEmpty()) {
            // Not ours or not annotated (reported by the other test): only "never 5xx" can be checked.
            return null;
        }
        String expression = rules.getFirst()
                .annotationType()
                .getAnnotation(PreAuthorize.class)
                .value();
        if (expression.contains("permitAll")) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Matcher m = ROLE_IN_EXPRESSION.matcher(expression);
        while (m.find()) {
            roles.add(Role.valueOf(m.group(1)));
        }
        return roles;
    }

    private static List<Annotation> accessAnnotations(AnnotatedElement element) {
        return Arrays.stream(element.getDeclaredAnnotations())
                .filter(a -> a.annotationType().getEnclosingClass() == Access.class)
                .toList();
    }

    private static int preAuthorizeCount(AnnotatedElement element) {
        return AnnotatedElementUtils.findAllMergedAnnotations(element, PreAuthorize.class)
                .size();
    }

    private static List<String> methods(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        if (declared.isEmpty()) {
            return List.of("GET");
        }
        return declared.stream().map(RequestMethod::name).sorted().toList();
    }

    /** Random UUIDs for path variables (a non-UUID variable then answers 400 or 404, both fine here). */
    private static String fill(String pattern) {
        Matcher m = PATH_VARIABLE.matcher(pattern.replace("/**", "/x"));
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, UUID.randomUUID().toString());
        }
        m.appendTail(path);
        return path.toString();
    }
}
