package dev.shopfloor.platform.idempotency;

import dev.shopfloor.platform.idempotency.Outcome.Answered;
import dev.shopfloor.platform.idempotency.Outcome.Contended;
import dev.shopfloor.platform.idempotency.Outcome.Mismatch;
import dev.shopfloor.platform.idempotency.Outcome.Refused;
import dev.shopfloor.platform.idempotency.Outcome.Replay;
import dev.shopfloor.platform.idempotency.Outcome.Thrown;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One attempt at a keyed request, in ONE transaction that the services' {@code @Transactional} methods join:
 * claim the key, run the request, store its answer with the key. So the business work and the key commit
 * together or not at all, and a concurrent duplicate waits on the key's primary key until this one is decided.
 *
 * <ul>
 *   <li>2xx (and 3xx): commit the work and the answer.
 *   <li>4xx except 429: roll the work back to a savepoint taken after the claim, keep the key with the refusal,
 *       commit. Duplicates waiting meanwhile replay the refusal instead of running again.
 *   <li>429, 5xx, exceptions, lock contention: roll everything back, key included; a retry runs again.
 * </ul>
 */
@Component
class KeyedTransaction {

    private static final Logger log = LoggerFactory.getLogger(KeyedTransaction.class);

    private final IdempotencyKeys keys;
    private final TransactionTemplate transactions;

    KeyedTransaction(IdempotencyKeys keys, PlatformTransactionManager transactionManager) {
        this.keys = keys;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    Outcome run(Claim claim, HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
        request.removeAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            return transactions.execute(tx -> attempt(tx, claim, request, captured, chain));
        } catch (RuntimeException e) {
            // the claim, the savepoint, the answer's UPDATE or the commit failed
            return Contention.in(e) ? new Contended(null, e) : new Thrown(e);
        }
    }

    private Outcome attempt(
            TransactionStatus tx,
            Claim claim,
            HttpServletRequest request,
            ContentCachingResponseWrapper captured,
            FilterChain chain) {
        if (!keys.claim(claim.scope(), claim.key(), claim.request())) {
            return earlier(claim);
        }
        Object afterClaim = tx.createSavepoint();
        try {
            chain.doFilter(request, captured);
        } catch (IOException | ServletException | RuntimeException e) {
            tx.setRollbackOnly();
            return Contention.in(e) ? new Contended(null, asRuntime(e)) : new Thrown(e);
        }
        if (Contention.in((Throwable) request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE))) {
            tx.setRollbackOnly();
            return new Contended(captured, null);
        }
        int status = captured.getStatus();
        if (status >= 500 || status == HttpStatus.TOO_MANY_REQUESTS.value()) {
            tx.setRollbackOnly();
            return new Answered(captured);
        }
        if (status >= 400) {
            // also clears the rollback-only mark a failed @Transactional method left on the shared transaction
            tx.rollbackToSavepoint(afterClaim);
        } else if (tx.isRollbackOnly()) {
            tx.setRollbackOnly();
            return new Refused(new IllegalStateException("a keyed " + claim.request()
                    + " answered " + status + " although its transaction was marked rollback-only:"
                    + " some code swallowed a failure; nothing was saved"));
        }
        keys.complete(claim.scope(), claim.key(), StoredResponse.of(captured));
        return new Answered(captured);
    }

    private Outcome earlier(Claim claim) {
        return keys.find(claim.scope(), claim.key())
                .<Outcome>map(done -> done.request().matches(claim.request())
                        ? new Replay(done.response())
                        : new Mismatch(done.request()))
                .orElseGet(() -> {
                    // only when the purge job removed the key between the claim and this read
                    log.info("Idempotency key vanished while being read; trying again");
                    return new Contended(null, new CannotAcquireLockException("idempotency key changed meanwhile"));
                });
    }

    private static RuntimeException asRuntime(Exception e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }

    /** Who sends the key (the key is theirs alone), the key, and the request it stands for. */
    record Claim(String scope, String key, Fingerprint request) {}
}
