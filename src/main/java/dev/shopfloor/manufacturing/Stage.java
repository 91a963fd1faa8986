package dev.shopfloor.manufacturing;

import java.time.Instant;
import java.util.UUID;

/**
 * A production stage. Rules go by {@code kind} (queue, work, qc, done) and {@code position}, never by code.
 *
 * @param code how tasks, materials and BOM lines refer to it; fixed once created
 */
public record Stage(
        UUID id,
        int version,
        String code,
        String name,
        int position,
        String kind,
        Instant createdAt,
        Instant updatedAt) {

    public static final String QUEUE = "queue";
    public static final String WORK = "work";
    public static final String QC = "qc";
    public static final String DONE = "done";

    public boolean is(String stageKind) {
        return kind.equals(stageKind);
    }
}
