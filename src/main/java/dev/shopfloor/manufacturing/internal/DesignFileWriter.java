package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.DesignFile;
import dev.shopfloor.manufacturing.DesignFileUpload;
import dev.shopfloor.manufacturing.DesignStatus;
import dev.shopfloor.manufacturing.DesignTask;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Stores uploaded artwork. The design task row is locked first: uploads of the same name are serialized, so each
 * gets the next version (1, 2, 3...), and an approval cannot slip in between the check and the insert.
 */
@Component
public class DesignFileWriter {

    private static final int MAX_NAME = 255;

    private final DesignTaskWriter tasks;
    private final DesignFileRepository files;

    DesignFileWriter(DesignTaskWriter tasks, DesignFileRepository files) {
        this.tasks = tasks;
        this.files = files;
    }

    /** 409 {@code design_approved} once approved; 422 {@code empty_file}, 422 {@code invalid_file_name}. */
    public UUID upload(UUID taskId, DesignFileUpload upload) {
        String name = fileName(upload.fileName());
        if (upload.content().length == 0) {
            throw ApiException.unprocessable("empty_file", "the uploaded file is empty");
        }
        DesignTask task = tasks.lockAt(taskId, ExpectedVersion.ANY);
        if (task.status() == DesignStatus.APPROVED) {
            throw ApiException.conflict(
                    "design_approved", "design task " + task.number() + " is approved; its files can no longer change");
        }
        UUID id = Ids.newId();
        DesignFile file = new DesignFile(
                id,
                taskId,
                name,
                files.nextVersion(taskId, name),
                upload.contentType(),
                upload.content().length,
                sha256(upload.content()),
                upload.note(),
                CurrentActor.get().userId(),
                Instant.now());
        files.insert(file, upload.content());
        return id;
    }

    /** The last path segment of the name the client sent (browsers may send a full path), 1..255 characters. */
    static String fileName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.unprocessable(
                    "invalid_file_name", "the file needs a name of 1 to 255 characters without control characters");
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
