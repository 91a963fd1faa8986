package dev.shopfloor.platform.idempotency;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** How one attempt at a keyed request ended; the filter decides from it whether to answer or to run it again. */
sealed interface Outcome {

    /** The chain ran and produced this answer (committed with its key, or rolled back for a 5xx). */
    record Answered(ContentCachingResponseWrapper response) implements Outcome {}

    /** The key was already used for the same request: repeat its first answer. */
    record Replay(StoredResponse response) implements Outcome {}

    /** The key was already used for a different request. */
    record Mismatch(Fingerprint first) implements Outcome {}

    /** Lock contention rolled everything back; worth another attempt. The answer so far, or the failure. */
    record Contended(
            @Nullable ContentCachingResponseWrapper response,
            @Nullable RuntimeException failure) implements Outcome {}

    /** Everything was rolled back; answer with the problem for this failure. */
    record Refused(Exception failure) implements Outcome {}

    /** Something outside the handlers threw; rolled back, and the failure goes on up as it would without a key. */
    record Thrown(Exception failure) implements Outcome {}
}
