package dev.shopfloor.manufacturing;

import dev.shopfloor.manufacturing.internal.AssignmentRepository;
import dev.shopfloor.manufacturing.internal.AssignmentRepository.Maker;
import dev.shopfloor.manufacturing.internal.AssignmentRepository.TaskPlan;
import dev.shopfloor.manufacturing.internal.CapacityCalendar;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.web.ApiException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning production tasks to manufacturers within their daily capacity, and reading a manufacturer's load.
 * The formula and its rounding are in docs/modules/manufacturing.md, "Assignment and capacity".
 */
@Service
public class Assignments {

    /** The longest window an assignment or a load query may span. */
    static final int MAX_DAYS = 366;

    private static final Set<Role> MAY_OVERRIDE = Set.of(Role.ADMIN, Role.MANAGER, Role.SYSTEM);

    private final AssignmentRepository repository;
    private final CapacityCalendar calendar;

    Assignments(AssignmentRepository repository, CapacityCalendar calendar) {
        this.repository = repository;
        this.calendar = calendar;
    }

    /**
     * Assigns the task: 404 unknown task, 409 {@code task_closed}, 422 {@code unknown_manufacturer} /
     * {@code manufacturer_inactive} / {@code invalid_plan}, 403 {@code override_not_allowed}, 409
     * {@code capacity_exceeded} with the over-booked {@code days}. Task and manufacturer are locked, in that order,
     * before capacity is computed, so two assignments to one manufacturer never both pass on the same free units.
     */
    @Transactional
    public AssignmentResult assign(Assignment assignment) {
        if (assignment.override() && !MAY_OVERRIDE.contains(CurrentActor.get().role())) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "override_not_allowed",
                    "only a MANAGER or ADMIN may override a manufacturer's capacity");
        }
        TaskPlan task = repository
                .lockTask(assignment.taskId())
                .orElseThrow(() -> ApiException.notFound("production task", assignment.taskId()));
        if (!task.open()) {
            throw ApiException.conflict("task_closed", "production task " + task.id() + " is " + task.status());
        }
        Maker maker = repository
                .lockManufacturer(assignment.manufacturerId())
                .orElseThrow(() -> ApiException.unprocessable(
                        "unknown_manufacturer", "manufacturer " + assignment.manufacturerId() + " does not exist"));
        if (!maker.active()) {
            throw ApiException.unprocessable(
                    "manufacturer_inactive", "manufacturer " + maker.id() + " is inactive and takes no assignments");
        }
        Window window = window(assignment, task, maker);
        List<CapacityCalendar.Check> days = calendar.check(
                maker.id(), task.id(), task.quantity(), maker.capacityPerDay(), window.start, window.end);
        List<CapacityOverbooking> over = days.stream()
                .filter(CapacityCalendar.Check::over)
                .map(d -> new CapacityOverbooking(d.date(), d.booked(), d.requested(), maker.capacityPerDay()))
                .toList();
        if (!over.isEmpty() && !assignment.override()) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "capacity_exceeded",
                    "manufacturer " + maker.id() + " would be booked beyond its capacity of " + maker.capacityPerDay()
                            + " a day on " + over.size() + " day" + (over.size() == 1 ? "" : "s"),
                    Map.of("days", over));
        }
        boolean overridden = !over.isEmpty();
        int version = repository.assign(task.id(), maker.id(), window.start, window.end, overridden);
        return new AssignmentResult(
                task.id(),
                maker.id(),
                window.start,
                window.end,
                overridden,
                version,
                days.stream()
                        .map(d -> new CapacityDay(d.date(), d.total(), maker.capacityPerDay()))
                        .toList());
    }

    /** The manufacturer's booked load per day from {@code from} to {@code to}; 404 unknown manufacturer. */
    @Transactional(readOnly = true)
    public CapacityLoad load(UUID manufacturerId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.badRequest(
                    "invalid_range", "to must be on or after from, and the range at most " + MAX_DAYS + " days");
        }
        Maker maker = repository
                .findManufacturer(manufacturerId)
                .orElseThrow(() -> ApiException.notFound("manufacturer", manufacturerId));
        List<CapacityLoad.Day> days = calendar.load(maker.id(), maker.capacityPerDay(), from, to).stream()
                .map(d -> new CapacityLoad.Day(d.date(), d.booked(), maker.capacityPerDay(), d.free()))
                .toList();
        return new CapacityLoad(maker.id(), maker.capacityPerDay(), from, to, days);
    }

    /**
     * Dates from the request, else the task's planned dates, else from today (UTC) plus the lead time. A new start
     * without an end gets the end the quantity needs at full capacity: start + ceil(quantity / capacity) - 1.
     */
    private static Window window(Assignment assignment, TaskPlan task, Maker maker) {
        LocalDate start = assignment.plannedStart();
        LocalDate end = assignment.plannedEnd();
        if (start == null) {
            start = task.plannedStart() != null
                    ? task.plannedStart()
                    : LocalDate.now(ZoneOffset.UTC).plusDays(maker.leadTimeDays());
            if (end == null && task.plannedStart() != null) {
                end = task.plannedEnd();
            }
        }
        if (end == null) {
            int days = (task.quantity() + maker.capacityPerDay() - 1) / maker.capacityPerDay();
            end = start.plusDays(days - 1L);
        }
        if (end.isBefore(start)) {
            throw ApiException.unprocessable("invalid_plan", "plannedEnd " + end + " is before plannedStart " + start);
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ApiException.unprocessable("invalid_plan", "a plan may span at most " + MAX_DAYS + " days");
        }
        return new Window(start, end);
    }

    private record Window(LocalDate start, LocalDate end) {}
}
