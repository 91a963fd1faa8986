package dev.shopfloor.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every client address on {@code /api}, before authentication so that floods of bad tokens count too,
 * and guesses at passwords on {@code POST /api/auth/login} much more strictly. The address is the
 * connection's, or the proxy's {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} says
 * to trust it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ClientRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;

    ClientRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        boolean login =
                "POST".equals(request.getMethod()) && request.getRequestURI().equals("/api/auth/login");
        if (login && !limits.admit(RateLimits.Kind.LOGIN, client, response)) {
            return;
        }
        if (!limits.admit(RateLimits.Kind.IP, client, response)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
