package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.DesignFile;
import dev.shopfloor.manufacturing.DesignFileContent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code design_files} rows and their bytes in {@code design_file_contents}. Rows are never updated. */
@Repository
public class DesignFileRepository {

    private static final String COLUMNS = """
            f.id, f.design_task_id, f.file_name, f.file_version, f.content_type, f.size_bytes, f.sha256, f.note,
            f.uploaded_by, f.created_at
            """;

    // Callers hold the design task's row lock, so two uploads of one name cannot both read the same maximum.
    private static final String NEXT_VERSION = """
            SELECT coalesce(max(file_version), 0) + 1
            FROM design_files
            WHERE design_task_id = :taskId
              AND file_name = :fileName
            """;

    private static final String INSERT = """
            INSERT INTO design_files (id, design_task_id, file_name, file_version, content_type, size_bytes, sha256,
                                      note, uploaded_by)
            VALUES (:id, :taskId, :fileName, :fileVersion, :contentType, :sizeBytes, :sha256, :note, :uploadedBy)
            """;

    private static final String INSERT_CONTENT = """
            INSERT INTO design_file_contents (file_id, content)
            VALUES (:id, :content)
            """;

    private static final String OF_TASK = "SELECT " + COLUMNS + """
            FROM design_files f
            WHERE f.design_task_id = :taskId
            ORDER BY f.id DESC
            """;

    private static final String LATEST_OF_TASK = "SELECT " + COLUMNS + """
            FROM (SELECT DISTINCT ON (file_name) *
                  FROM design_files
                  WHERE design_task_id = :taskId
                  ORDER BY file_name, file_version DESC) f
            ORDER BY f.id DESC
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM design_files f
            WHERE f.id = :id
              AND f.design_task_id = :taskId
            """;

    private static final String CONTENT = """
            SELECT c.content
            FROM design_file_contents c
            WHERE c.file_id = :id
            """;

    private final JdbcClient jdbc;

    DesignFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextVersion(UUID taskId, String fileName) {
        return jdbc.sql(NEXT_VERSION)
                .param("taskId", taskId)
                .param("fileName", fileName)
                .query(Integer.class)
                .single();
    }

    void insert(DesignFile file, byte[] content) {
        jdbc.sql(INSERT)
                .param("id", file.id())
                .param("taskId", file.designTaskId())
                .param("fileName", file.fileName())
                .param("fileVersion", file.fileVersion())
                .param("contentType", file.contentType())
                .param("sizeBytes", file.sizeBytes())
                .param("sha256", file.sha256())
                .param("note", file.note())
                .param("uploadedBy", file.uploadedBy())
                .update();
        jdbc.sql(INSERT_CONTENT)
                .param("id", file.id())
                .param("content", content)
                .update();
    }

    /** Every version of every file of the task, newest first; only the newest version per name when latest. */
    public List<DesignFile> ofTask(UUID taskId, boolean latest) {
        return jdbc.sql(latest ? LATEST_OF_TASK : OF_TASK)
                .param("taskId", taskId)
                .query(DesignFileRepository::map)
                .list();
    }

    public Optional<DesignFile> find(UUID taskId, UUID fileId) {
        return jdbc.sql(FIND)
                .param("id", fileId)
                .param("taskId", taskId)
                .query(DesignFileRepository::map)
                .optional();
    }

    public Optional<DesignFileContent> content(UUID taskId, UUID fileId) {
        return find(taskId, fileId).map(file -> new DesignFileContent(file, bytes(fileId)));
    }

    private byte[] bytes(UUID fileId) {
        return jdbc.sql(CONTENT).param("id", fileId).query(byte[].class).single();
    }

    static DesignFile map(ResultSet rs, int row) throws SQLException {
        return new DesignFile(
                rs.getObject("id", UUID.class),
                rs.getObject("design_task_id", UUID.class),
                rs.getString("file_name"),
                rs.getInt("file_version"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("note"),
                rs.getObject("uploaded_by", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
