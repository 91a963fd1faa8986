package dev.shopfloor.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every signed-in user, whatever address they come from. Ordered after Spring Security's filter chain
 * (order -100), so the bearer token has been checked and its subject is the key.
 */
@Component
@Order(0)
class UserRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;

    UserRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof Jwt jwt
                && jwt.getSubject() != null
                && !limits.admit(RateLimits.Kind.USER, jwt.getSubject(), response)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
