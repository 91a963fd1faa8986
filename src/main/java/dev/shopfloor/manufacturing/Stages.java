package dev.shopfloor.manufacturing;

import dev.shopfloor.manufacturing.internal.StageList;
import dev.shopfloor.manufacturing.internal.StageRepository;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production stages, as data: read by everyone, defined by ADMINs. The queue stage stays first and the done
 * stage last (exactly one of each); work and qc stages go between, and one that anything refers to keeps its kind
 * and cannot be deleted (docs/modules/manufacturing.md, "Stages").
 */
@Service
public class Stages {

    private static final Set<String> BETWEEN_KINDS = Set.of(Stage.WORK, Stage.QC);

    private final StageRepository stages;

    Stages(StageRepository stages) {
        this.stages = stages;
    }

    @Transactional(readOnly = true)
    public List<Stage> list() {
        return stages.all().stages();
    }

    @Transactional(readOnly = true)
    public Stage get(UUID id) {
        return stages.find(id).orElseThrow(() -> ApiException.notFound("stage", id));
    }

    /** Adds a work or qc stage between the queue and done stages. */
    @Transactional
    public Stage create(StageInput input) {
        if (input.code() == null || input.name() == null || input.position() == null || input.kind() == null) {
            throw ApiException.unprocessable("invalid_stage", "code, name, position and kind are required");
        }
        requireBetweenKind(input.kind());
        stages.lockAll();
        StageList current = stages.all();
        if (current.find(input.code()).isPresent()) {
            throw ApiException.conflict("duplicate", "a stage with code " + input.code() + " exists");
        }
        UUID id = Ids.newId();
        List<Stage> after = new ArrayList<>(current.stages());
        after.add(new Stage(
                id, 1, input.code(), input.name(), input.position(), input.kind(), Instant.EPOCH, Instant.EPOCH));
        requireOrder(after);
        stages.insert(id, input.code(), input.name(), input.position(), input.kind());
        return get(id);
    }

    /** Renames, repositions or (work <-> qc, when unused) re-kinds a stage; its code never changes. */
    @Transactional
    public Stage update(UUID id, StageInput input, ExpectedVersion expected) {
        stages.lockAll();
        Stage stage = get(id);
        if (input.code() != null && !input.code().equals(stage.code())) {
            throw ApiException.unprocessable("code_immutable", "a stage's code never changes");
        }
        String kind = Objects.requireNonNullElse(input.kind(), stage.kind());
        if (!kind.equals(stage.kind())) {
            requireBetweenKind(kind);
            requireBetweenKind(stage.kind());
            requireUnused(stage);
        }
        int position = Objects.requireNonNullElse(input.position(), stage.position());
        String name = Objects.requireNonNullElse(input.name(), stage.name());
        List<Stage> after = new ArrayList<>(
                stages.all().stages().stream().filter(s -> !s.id().equals(id)).toList());
        after.add(new Stage(id, stage.version(), stage.code(), name, position, kind, Instant.EPOCH, Instant.EPOCH));
        requireOrder(after);
        if (!stages.update(id, name, position, kind, expected.value())) {
            throw expected.stale("stage", id);
        }
        return get(id);
    }

    /** Deletes a work or qc stage nothing refers to. */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        stages.lockAll();
        Stage stage = get(id);
        if (!BETWEEN_KINDS.contains(stage.kind())) {
            throw ApiException.unprocessable("stage_required", "the queue and done stages cannot be deleted");
        }
        requireUnused(stage);
        if (!stages.delete(id, expected.value())) {
            throw expected.stale("stage", id);
        }
    }

    private void requireUnused(Stage stage) {
        if (stages.inUse(stage.code())) {
            throw ApiException.conflict(
                    "stage_in_use",
                    "stage " + stage.code() + " is used by production tasks, materials or bills of materials");
        }
    }

    private static void requireBetweenKind(String kind) {
        if (!BETWEEN_KINDS.contains(kind)) {
            throw ApiException.unprocessable(
                    "invalid_kind", "stages added or re-kinded are work or qc; there is one queue and one done stage");
        }
    }

    private static void requireOrder(List<Stage> after) {
        List<Stage> sorted =
                after.stream().sorted(Comparator.comparingInt(Stage::position)).toList();
        boolean distinct = sorted.stream().map(Stage::position).distinct().count() == sorted.size();
        if (!distinct) {
            throw ApiException.conflict("duplicate", "another stage has that position");
        }
        if (!sorted.getFirst().is(Stage.QUEUE) || !sorted.getLast().is(Stage.DONE)) {
            throw ApiException.unprocessable("invalid_position", "the queue stage stays first and the done stage last");
        }
    }
}
