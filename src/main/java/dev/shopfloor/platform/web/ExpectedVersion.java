package dev.shopfloor.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * The version a writer believes is current, from the {@code If-Match} header or the body's {@code version}.
 * Neither given means an unconditional write.
 */
public record ExpectedVersion(
        @Nullable Integer ifMatch, @Nullable Integer body) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null, null);

    public static ExpectedVersion of(@Nullable String ifMatchHeader, @Nullable Integer bodyVersion) {
        return new ExpectedVersion(ETags.parseIfMatch(ifMatchHeader), bodyVersion);
    }

    /** The version to compare in SQL ({@code AND (?::int IS NULL OR version = ?)}); If-Match wins. */
    public @Nullable Integer value() {
        return ifMatch != null ? ifMatch : body;
    }

    /** The refusal for a write whose expectation no longer holds: 412 for If-Match, 409 for the body. */
    public ApiException stale(String what, Object id) {
        return ifMatch != null ? ApiException.preconditionFailed(what, id) : ApiException.versionConflict(what, id);
    }
}
