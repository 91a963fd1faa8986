package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.ProductionTask;
import dev.shopfloor.manufacturing.QcInput;
import dev.shopfloor.manufacturing.Stage;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A QC check of a task at a qc stage: passed moves it on to the next stage (consuming as any move does), failed
 * sends it back to the work stage the check names and counts a rework.
 */
@Component
public class QcRecorder {

    private final ProductionTaskWriter writer;
    private final StageRepository stages;
    private final QcRepository checks;
    private final StageMover mover;

    QcRecorder(ProductionTaskWriter writer, StageRepository stages, QcRepository checks, StageMover mover) {
        this.writer = writer;
        this.stages = stages;
        this.checks = checks;
        this.mover = mover;
    }

    /** Records the check and moves the task; returns the check's id. */
    public UUID record(UUID taskId, QcInput check) {
        if (check.inspected() <= 0 || check.failed() < 0 || check.failed() > check.inspected()) {
            throw ApiException.unprocessable("invalid_counts", "inspected must be > 0 and 0 <= failed <= inspected");
        }
        ProductionTask task = writer.lockOpen(taskId, ExpectedVersion.ANY);
        StageList stageList = stages.all();
        Stage at = stageList.get(task.stage());
        if (!at.is(Stage.QC)) {
            throw ApiException.conflict(
                    "not_at_qc", "task " + task.number() + " is at " + at.code() + ", not at a qc stage");
        }
        UUID id = Ids.newId();
        if (check.passed()) {
            checks.insert(id, taskId, at.code(), check);
            mover.pass(task, at, stageList);
            return id;
        }
        Stage rework = reworkStage(check, at, stageList);
        checks.insert(id, taskId, at.code(), check);
        mover.rework(task, at, rework);
        return id;
    }

    private static Stage reworkStage(QcInput check, Stage at, StageList stageList) {
        if (check.reworkStage() == null) {
            throw ApiException.unprocessable("rework_stage_required", "a failed check names the stage to rework at");
        }
        Stage rework = stageList.get(check.reworkStage());
        if (!rework.is(Stage.WORK) || rework.position() >= at.position()) {
            throw ApiException.unprocessable(
                    "invalid_rework_stage", "the rework stage must be a work stage before " + at.code());
        }
        return rework;
    }
}
