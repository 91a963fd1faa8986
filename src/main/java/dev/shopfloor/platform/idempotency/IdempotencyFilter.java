package dev.shopfloor.platform.idempotency;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.idempotency.KeyedTransaction.Claim;
import dev.shopfloor.platform.idempotency.Outcome.Answered;
import dev.shopfloor.platform.idempotency.Outcome.Contended;
import dev.shopfloor.platform.idempotency.Outcome.Mismatch;
import dev.shopfloor.platform.idempotency.Outcome.Refused;
import dev.shopfloor.platform.idempotency.Outcome.Replay;
import dev.shopfloor.platform.idempotency.Outcome.Thrown;
import dev.shopfloor.platform.web.ApiException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Runs a {@code POST /api/**} that carries an {@code Idempotency-Key} at most once per signed-in user and key:
 * the same request again gets the first answer (with {@code Idempotent-Replayed: true}), a different request
 * under the key 422 {@code idempotency_mismatch}. Every endpoint opts in by itself; controllers do nothing.
 * Ordered after Spring Security (order -100) and the per-user rate limit (order 0): it needs the actor, and a
 * request refused before it ran leaves no key behind. Lock contention re-runs the whole request, at most
 * {@link #MAX_ATTEMPTS} times in all.
 */
@Component
@Order(10)
class IdempotencyFilter extends OncePerRequestFilter {

    static final int MAX_ATTEMPTS = 4;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final KeyedTransaction keyed;
    private final HandlerExceptionResolver problems;

    IdempotencyFilter(
            KeyedTransaction keyed, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.keyed = keyed;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(IdempotencyKey.HEADER) == null
                || isForm(request.getContentType());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Actor actor = CurrentActor.get();
        if (actor.role() == Role.SYSTEM) {
            // Not signed in (login, public endpoints): there is no one the key could belong to.
            chain.doFilter(request, response);
            return;
        }
        String key;
        byte[] body;
        try {
            key = IdempotencyKey.of(request.getHeaders(IdempotencyKey.HEADER));
            body = request.getInputStream().readAllBytes();
        } catch (ApiException e) {
            answerWithProblem(request, response, e);
            return;
        } catch (IOException e) {
            // the body-size limit's stream stops a body over the limit here: 413, as without a key
            answerWithProblem(request, response, unreadable(request, e));
            return;
        }
        HttpServletRequest replayable = new CachedBodyRequest(request, body);
        if (key == null) {
            chain.doFilter(replayable, response);
            return;
        }
        Claim claim = new Claim(actor.id(), key, Fingerprint.of(request, body));
        Map<String, List<String>> headersBefore = headers(response);
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = keyed.run(claim, replayable, response, chain);
            if (outcome instanceof Contended && attempt < MAX_ATTEMPTS) {
                log.info("Lock contention in keyed {}; running it again (attempt {})", claim.request(), attempt + 1);
                response.reset();
                headersBefore.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
                continue;
            }
            send(outcome, request, response);
            return;
        }
    }

    private void send(Outcome outcome, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        switch (outcome) {
            case Answered answered -> answered.response().copyBodyToResponse();
            case Replay replay -> replay.response().replayTo(response);
            case Mismatch mismatch ->
                answerWithProblem(
                        request,
                        response,
                        ApiException.unprocessable(
                                "idempotency_mismatch",
                                "this Idempotency-Key was already used for a different request (" + mismatch.first()
                                        + " with another body); use a new key for a new request"));
            case Contended contended -> answerContended(contended, request, response);
            case Refused refused -> answerWithProblem(request, response, refused.failure());
            case Thrown thrown -> rethrow(thrown.failure());
        }
    }

    private void answerWithProblem(HttpServletRequest request, HttpServletResponse response, Exception failure)
            throws ServletException, IOException {
        if (problems.resolveException(request, response, null, failure) == null) {
            rethrow(failure);
        }
    }

    /** Contention on the last attempt: the 503 the handlers made, or the problem for the failure. */
    private void answerContended(Contended contended, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        var answered = contended.response();
        if (answered != null) {
            answered.copyBodyToResponse();
            return;
        }
        RuntimeException failure = contended.failure();
        answerWithProblem(
                request, response, failure != null ? failure : new IllegalStateException("contention without failure"));
    }

    /**
     * Multipart and form bodies are parsed by the container from its own stream, which this filter would have
     * consumed: such requests run without the key's protection (docs/api.md says so).
     */
    private static boolean isForm(@Nullable String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
    }

    private static HttpMessageNotReadableException unreadable(HttpServletRequest request, IOException e) {
        return new HttpMessageNotReadableException(
                "could not read the request body", e, new ServletServerHttpRequest(request));
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            headers.put(name, new ArrayList<>(response.getHeaders(name)));
        }
        return headers;
    }

    private static void rethrow(@Nullable Exception failure) throws ServletException, IOException {
        switch (failure) {
            case IOException e -> throw e;
            case ServletException e -> throw e;
            case RuntimeException e -> throw e;
            case null -> throw new IllegalStateException("no failure to rethrow");
            default -> throw new ServletException(failure);
        }
    }
}
