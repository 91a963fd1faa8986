package dev.shopfloor.changefeed.web;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/** Admits a WebSocket upgrade only with a valid token; puts the caller's {@link Actor} into the session. */
@Component
class TokenHandshakeInterceptor implements HandshakeInterceptor {

    static final String ACTOR = "shopfloor.actor";

    private final JwtDecoder decoder;

    TokenHandshakeInterceptor(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        String token = token(request);
        try {
            if (token == null) {
                throw new JwtException("no token");
            }
            attributes.put(ACTOR, actor(decoder.decode(token)));
            return true;
        } catch (JwtException | IllegalArgumentException e) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return false;
        }
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            @Nullable Exception exception) {}

    private static @Nullable String token(ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return UriComponentsBuilder.fromUri(request.getURI())
                .build()
                .getQueryParams()
                .getFirst("access_token");
    }

    private static Actor actor(Jwt jwt) {
        String vendor = jwt.getClaimAsString("vendorId");
        List<String> stores = jwt.getClaimAsStringList("storeIds");
        Role role = Role.valueOf(jwt.getClaimAsString("role"));
        if (role == Role.SYSTEM) {
            throw new IllegalArgumentException("system tokens do not sign in");
        }
        return Actor.user(
                UUID.fromString(jwt.getSubject()),
                role,
                vendor == null ? null : UUID.fromString(vendor),
                stores == null
                        ? List.of()
                        : stores.stream().map(UUID::fromString).toList());
    }
}
