package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.DesignFile;
import dev.shopfloor.manufacturing.DesignFileContent;
import dev.shopfloor.manufacturing.DesignFileUpload;
import dev.shopfloor.manufacturing.DesignTasks;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/design/tasks/{id}/files")
@Tag(name = "Design tasks", description = "Artwork briefs, designers, due dates and the approval workflow")
class DesignFileController {

    private static final int MAX_CONTENT_TYPE = 200;

    private final DesignTasks designs;

    DesignFileController(DesignTasks designs) {
        this.designs = designs;
    }

    // No "consumes": a request that is not multipart must still meet the access check (403) before a 400.
    @PostMapping
    @Access.Write
    @Operation(
            summary = "Upload an artwork file (multipart: file, note?); the same name again is its next version",
            description = "201 with the file's metadata (fileVersion 1, 2, 3... per name, sha256 computed here)."
                    + " 409 design_approved once the design is approved; 422 empty_file; 413 payload_too_large"
                    + " over the upload limit (10MB).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = UploadForm.class))))
    ResponseEntity<DesignFile> upload(
            @PathVariable UUID id,
            @Parameter(hidden = true) @RequestPart("file") MultipartFile file,
            @Parameter(hidden = true) @RequestParam(required = false) @Nullable @Size(max = 2000) String note) {
        DesignFile stored = designs.upload(id, toUpload(file, note));
        return ResponseEntity.created(URI.create("/api/design/tasks/" + id + "/files/" + stored.id()))
                .body(stored);
    }

    @GetMapping
    @Access.StaffRead
    @Operation(summary = "List a design task's files (metadata), newest first; latest=true gives one per name")
    Page<DesignFile> list(
            @PathVariable UUID id,
            @Parameter(description = "true: only the newest version of each file name")
                    @RequestParam(defaultValue = "false")
                    boolean latest) {
        return new Page<>(designs.files(id, latest), null);
    }

    @GetMapping("/{fileId}")
    @Access.StaffRead
    @Operation(
            summary = "Download a design file's bytes",
            description = "Content-Type as uploaded, Content-Disposition attachment with the file name; ETag is the"
                    + " sha256 (If-None-Match gives 304).")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId, WebRequest webRequest) {
        DesignFileContent content = designs.download(id, fileId);
        DesignFile file = content.file();
        String etag = "\"" + file.sha256() + "\"";
        if (webRequest.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .contentType(mediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content.content());
    }

    /** The upload's form, for the OpenAPI document only. */
    @Schema(name = "DesignFileUploadForm")
    record UploadForm(
            @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED)
            String file,

            @Schema(maxLength = 2000, description = "what changed in this version") @Nullable
            String note) {}

    private static DesignFileUpload toUpload(MultipartFile file, @Nullable String note) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String type = file.getContentType();
        if (type == null || type.isBlank() || type.length() > MAX_CONTENT_TYPE) {
            type = MediaType.APPLICATION_OCTET_STREAM_VALUE;
        } else {
            try {
                type = MediaType.parseMediaType(type).toString();
            } catch (IllegalArgumentException e) {
                throw ApiException.unprocessable("invalid_content_type", "the file's content type is not valid");
            }
        }
        try {
            return new DesignFileUpload(name, type, file.getBytes(), note == null || note.isBlank() ? null : note);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MediaType mediaType(String stored) {
        try {
            return MediaType.parseMediaType(stored);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
