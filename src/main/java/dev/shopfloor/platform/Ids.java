package dev.shopfloor.platform;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.UUID;

/** Application-generated keys: time-ordered UUIDs (version 7), so new rows append to the index. */
public final class Ids {

    private Ids() {}

    public static UUID newId() {
        return UuidCreator.getTimeOrderedEpoch();
    }
}
