package dev.shopfloor.web;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.security.TokenIssuer.AccessToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * The admin pages' sign-in: the API's own access token, kept in an HttpOnly cookie that only page requests read
 * (the API itself accepts bearer tokens only, so the cookie cannot be used for cross-site writes).
 */
@Component
class PageSession {

    static final String COOKIE = "shopfloor_session";

    private final JwtDecoder tokens;

    PageSession(JwtDecoder tokens) {
        this.tokens = tokens;
    }

    Optional<PageUser> user(HttpServletRequest request) {
        var cookie = WebUtils.getCookie(request, COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(toUser(tokens.decode(cookie.getValue())));
        } catch (JwtException | IllegalArgumentException expiredOrForged) {
            return Optional.empty();
        }
    }

    void open(AccessToken token, HttpServletRequest request, HttpServletResponse response) {
        setCookie(token.value(), Duration.ofSeconds(token.expiresInSeconds()), request, response);
    }

    void close(HttpServletRequest request, HttpServletResponse response) {
        setCookie("", Duration.ZERO, request, response);
    }

    private static void setCookie(
            String value, Duration maxAge, HttpServletRequest request, HttpServletResponse response) {
        var cookie = ResponseCookie.from(COOKIE, value)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(maxAge)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private static PageUser toUser(Jwt jwt) {
        String vendorId = jwt.getClaimAsString("vendorId");
        return new PageUser(
                UUID.fromString(jwt.getSubject()),
                jwt.getClaimAsString("email"),
                Role.valueOf(jwt.getClaimAsString("role")),
                vendorId == null ? null : UUID.fromString(vendorId),
                jwt.getTokenValue());
    }
}
