package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.QueueEntry;
import dev.shopfloor.manufacturing.QueueFilter;
import dev.shopfloor.manufacturing.QueueService;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/production/queue")
@Tag(name = "Production queue", description = "Open production tasks, most urgent first")
class QueueController {

    private final QueueService queue;

    QueueController(QueueService queue) {
        this.queue = queue;
    }

    @GetMapping
    @Access.StaffRead
    @Operation(
            summary = "List open production tasks by priority (urgent first), then due date (none last), then id",
            description = "Keyset pagination on that order with an opaque cursor (400 invalid_cursor for one this"
                    + " server did not issue). overdue: the due date is before today (UTC).")
    Page<QueueEntry> list(
            @Parameter(description = "stage code the task is in, e.g. cutting")
                    @RequestParam(required = false)
                    @Nullable
                    String stage,
            @Parameter(description = "assigned manufacturer") @RequestParam(required = false) @Nullable
                    UUID manufacturerId,
            @Parameter(description = "due before this date (exclusive); tasks without a due date are left out")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate dueBefore,
            @Parameter(description = "urgent, high, normal or low (400 invalid_filter otherwise)")
                    @RequestParam(required = false)
                    @Nullable
                    String priority,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return queue.page(new QueueFilter(stage, manufacturerId, dueBefore, priority), cursor, limit);
    }
}
