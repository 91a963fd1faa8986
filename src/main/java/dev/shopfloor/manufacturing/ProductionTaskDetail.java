package dev.shopfloor.manufacturing;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A task with its timeline (every stage change, oldest first) and its QC checks (oldest first). */
public record ProductionTaskDetail(
        @JsonUnwrapped ProductionTask task, List<StageTransition> transitions, List<QcCheck> qcChecks) {}
