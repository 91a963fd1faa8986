package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.AssignmentResult;
import dev.shopfloor.manufacturing.Assignments;
import dev.shopfloor.manufacturing.CapacityLoad;
import dev.shopfloor.platform.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Production assignment", description = "Assigning production tasks to manufacturers within capacity")
class AssignmentController {

    private static final int DEFAULT_LOAD_DAYS = 14;

    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    @PostMapping("/api/production/assign")
    @Access.Write
    @Operation(
            summary = "Assign a production task to a manufacturer for planned days, refused beyond its capacity",
            description = "Dates default to the task's plan, else today (UTC) + lead time for ceil(quantity /"
                    + " capacity) days. 409 capacity_exceeded lists each over-booked day {date, booked, requested,"
                    + " capacity}; \"override\": true lets it through (MANAGER/ADMIN, else 403"
                    + " override_not_allowed) and answers \"overridden\": true. 409 task_closed, 422"
                    + " unknown_manufacturer, manufacturer_inactive, invalid_plan.")
    AssignmentResult assign(@Valid @RequestBody AssignmentRequest request) {
        return assignments.assign(request.toAssignment());
    }

    @GetMapping("/api/manufacturers/{id}/load")
    @Access.StaffRead
    @Operation(
            summary = "A manufacturer's booked load per day (booked, capacity, free) over a date range",
            description = "from defaults to today (UTC), to to from + 13 days; at most 366 days.")
    CapacityLoad load(
            @PathVariable UUID id,
            @Parameter(description = "first day (ISO date)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "last day, inclusive (ISO date)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate to) {
        LocalDate first = from != null ? from : LocalDate.now(ZoneOffset.UTC);
        LocalDate last = to != null ? to : first.plusDays(DEFAULT_LOAD_DAYS - 1);
        return assignments.load(id, first, last);
    }
}
