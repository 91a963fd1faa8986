package dev.shopfloor.manufacturing;

import dev.shopfloor.manufacturing.internal.DesignFileRepository;
import dev.shopfloor.manufacturing.internal.DesignFileWriter;
import dev.shopfloor.manufacturing.internal.DesignTaskRepository;
import dev.shopfloor.manufacturing.internal.DesignTaskSearch;
import dev.shopfloor.manufacturing.internal.DesignTaskWriter;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Design tasks: artwork briefs with their files, moving through {@link DesignWorkflow} to customer approval. */
@Service
public class DesignTasks {

    private final DesignTaskRepository tasks;
    private final DesignTaskSearch search;
    private final DesignTaskWriter writer;
    private final DesignFileRepository files;
    private final DesignFileWriter fileWriter;

    DesignTasks(
            DesignTaskRepository tasks,
            DesignTaskSearch search,
            DesignTaskWriter writer,
            DesignFileRepository files,
            DesignFileWriter fileWriter) {
        this.tasks = tasks;
        this.search = search;
        this.writer = writer;
        this.files = files;
        this.fileWriter = fileWriter;
    }

    /**
     * Creates a draft design task. 422 {@code unknown_order}, {@code unknown_order_item}, {@code unknown_customer},
     * {@code unknown_user} for a bad reference; 409 {@code duplicate_design} when the order line already has one.
     */
    @Transactional
    public DesignTask create(DesignTaskDraft draft) {
        UUID id = Ids.newId();
        writer.create(id, draft);
        return get(id);
    }

    @Transactional(readOnly = true)
    public Optional<DesignTask> find(UUID id) {
        return tasks.find(id);
    }

    /** {@link #find}, or 404 {@code not_found}. */
    @Transactional(readOnly = true)
    public DesignTask get(UUID id) {
        return find(id).orElseThrow(() -> ApiException.notFound("design task", id));
    }

    @Transactional
    public DesignTask update(UUID id, DesignTaskChanges changes, ExpectedVersion expected) {
        writer.update(id, changes, expected);
        return get(id);
    }

    /** Moves the task along {@link DesignWorkflow}; approving records who approved, when, and who recorded it. */
    @Transactional
    public DesignTask changeStatus(UUID id, DesignStatusChange change, ExpectedVersion expected) {
        writer.changeStatus(id, change, expected);
        return get(id);
    }

    /** Deletes a draft that no production task refers to, with its files; else 409 {@code design_in_use}. */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        writer.delete(id, expected);
    }

    /** One page of design tasks, newest first. */
    @Transactional(readOnly = true)
    public Page<DesignTask> search(DesignTaskFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        return Page.of(search.find(filter, Cursor.after(cursor), size + 1), size, d -> Cursor.of(d.id()));
    }

    /** Stores the file as the next version of its name; 409 {@code design_approved} once approved. */
    @Transactional
    public DesignFile upload(UUID taskId, DesignFileUpload upload) {
        UUID id = fileWriter.upload(taskId, upload);
        return files.find(taskId, id).orElseThrow();
    }

    /** The task's files, newest first: every version, or only the newest of each name. */
    @Transactional(readOnly = true)
    public List<DesignFile> files(UUID taskId, boolean latestOnly) {
        get(taskId);
        return files.ofTask(taskId, latestOnly);
    }

    /** The file with its bytes, or 404 (also when it belongs to another task). */
    @Transactional(readOnly = true)
    public DesignFileContent download(UUID taskId, UUID fileId) {
        return files.content(taskId, fileId).orElseThrow(() -> ApiException.notFound("design file", fileId));
    }
}
