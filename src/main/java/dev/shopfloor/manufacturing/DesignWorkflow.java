package dev.shopfloor.manufacturing;

import static dev.shopfloor.manufacturing.DesignStatus.APPROVED;
import static dev.shopfloor.manufacturing.DesignStatus.CHANGES_REQUESTED;
import static dev.shopfloor.manufacturing.DesignStatus.DRAFT;
import static dev.shopfloor.manufacturing.DesignStatus.IN_PROGRESS;
import static dev.shopfloor.manufacturing.DesignStatus.IN_REVIEW;

import dev.shopfloor.platform.web.ApiException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * THE table of allowed design status transitions (copied into docs/modules/manufacturing.md). Approved is final:
 * an approved design is what production makes.
 */
public final class DesignWorkflow {

    private static final Map<DesignStatus, Set<DesignStatus>> NEXT = new EnumMap<>(Map.of(
            DRAFT, EnumSet.of(IN_PROGRESS),
            IN_PROGRESS, EnumSet.of(IN_REVIEW),
            IN_REVIEW, EnumSet.of(APPROVED, CHANGES_REQUESTED),
            CHANGES_REQUESTED, EnumSet.of(IN_PROGRESS),
            APPROVED, EnumSet.noneOf(DesignStatus.class)));

    private DesignWorkflow() {}

    public static Set<DesignStatus> allowedNext(DesignStatus from) {
        return Set.copyOf(NEXT.get(from));
    }

    public static boolean allows(DesignStatus from, DesignStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Passes when {@code from -> to} is in the table, else 422 {@code invalid_transition} naming the allowed ones. */
    public static void check(DesignStatus from, DesignStatus to) {
        if (!allows(from, to)) {
            Set<DesignStatus> next = NEXT.get(from);
            String allowed = next.isEmpty()
                    ? "none (final)"
                    : next.stream().map(DesignStatus::wire).sorted().collect(Collectors.joining(", "));
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid_transition",
                    "a design cannot go from " + from.wire() + " to " + to.wire() + "; allowed from " + from.wire()
                            + ": " + allowed,
                    Map.of(
                            "from", from.wire(),
                            "to", to.wire(),
                            "allowed",
                                    next.stream()
                                            .map(DesignStatus::wire)
                                            .sorted()
                                            .toList()));
        }
    }
}
