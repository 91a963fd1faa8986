package dev.shopfloor.manufacturing;

import static dev.shopfloor.manufacturing.DesignFixtures.design;
import static dev.shopfloor.manufacturing.DesignFixtures.multipart;
import static dev.shopfloor.manufacturing.DesignFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class DesignFileIntegrationTests extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vendors vendors;

    @Test
    void theSameNameTwiceGivesVersionsOneAndTwoAndDownloadsReturnTheExactBytes() throws Exception {
        Api staff = as(Role.STAFF);
        String task = staff.post("/api/design/tasks", design(unique("Files"))).id();
        byte[] first = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        byte[] second = "second version of the crest".getBytes(StandardCharsets.UTF_8);

        Response v1 = upload(staff, task, multipart("crest.png", "image/png", first, "first draft"));
        assertThat(v1.status()).as(v1.toString()).isEqualTo(201);
        assertThat(v1.header("Location")).isEqualTo("/api/design/tasks/" + task + "/files/" + v1.id());
        JsonNode meta = v1.json();
        assertThat(meta.get("fileName").asString()).isEqualTo("crest.png");
        assertThat(meta.get("fileVersion").asInt()).isEqualTo(1);
        assertThat(meta.get("contentType").asString()).isEqualTo("image/png");
        assertThat(meta.get("sizeBytes").asLong()).isEqualTo(first.length);
        assertThat(meta.get("sha256").asString()).isEqualTo(sha256(first));
        assertThat(meta.get("note").asString()).isEqualTo("first draft");
        assertThat(meta.get("uploadedBy").asString())
                .isEqualTo(DesignFixtures.userId(staff).toString());
        assertThat(meta.has("content")).isFalse();

        Response v2 = upload(staff, task, multipart("crest.png", "image/png", second, null));
        assertThat(v2.json().get("fileVersion").asInt()).isEqualTo(2);
        Response other = upload(staff, task, multipart("brief.pdf", "application/pdf", second, null));
        assertThat(other.json().get("fileVersion").asInt()).isEqualTo(1);

        assertThat(fileIds(staff, task, "")).containsExactly(other.id(), v2.id(), v1.id());
        assertThat(fileIds(staff, task, "?latest=true")).containsExactly(other.id(), v2.id());

        HttpResponse<byte[]> download = download(staff, task, v1.id(), null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(first);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("crest.png");
        String etag = "\"" + sha256(first) + "\"";
        assertThat(download.headers().firstValue("ETag")).hasValue(etag);
        assertThat(download(staff, task, v1.id(), etag).statusCode()).isEqualTo(304);
        assertThat(download(staff, task, v2.id(), null).body()).isEqualTo(second);
        assertThat(download(as(Role.VIEWER), task, v2.id(), null).statusCode()).isEqualTo(200);

        String otherTask =
                staff.post("/api/design/tasks", design(unique("Other"))).id();
        assertThat(download(staff, otherTask, v1.id(), null).statusCode()).isEqualTo(404);
        assertThat(download(staff, task, Ids.newId().toString(), null).statusCode())
                .isEqualTo(404);
        assertThat(staff.get("/api/design/tasks/" + Ids.newId() + "/files").status())
                .isEqualTo(404);

        JsonNode history =
                staff.get("/api/design/tasks/" + task + "/history").json().get("items");
        List<String> topics = new ArrayList<>();
        history.forEach(e -> topics.add(e.get("topic").asString()));
        assertThat(topics).containsExactly("design_files", "design_files", "design_files", "design_tasks");
    }

    @Test
    void refusesEmptyFilesUploadsToApprovedDesignsAndOtherRoles() {
        String task =
                admin().post("/api/design/tasks", design(unique("Refusals"))).id();

        Response empty = upload(admin(), task, multipart("empty.png", "image/png", new byte[0], null));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.code()).isEqualTo("empty_file");
        assertThat(upload(admin(), Ids.newId().toString(), multipart("a.png", "image/png", new byte[] {1}, null))
                        .status())
                .isEqualTo(404);
        Response vendor = upload(
                as(Role.VENDOR, DesignFixtures.vendor(vendors)),
                task,
                multipart("v.png", "image/png", new byte[] {1}, null));
        assertThat(vendor.status()).isEqualTo(403);
        Response viewer = upload(as(Role.VIEWER), task, multipart("v.png", "image/png", new byte[] {1}, null));
        assertThat(viewer.status()).isEqualTo(403);
        Response json = admin().post("/api/design/tasks/" + task + "/files", Map.of("file", "not bytes"));
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.code()).isEqualTo("unsupported_media_type");
        String boundary = "b0undary";
        Response noFilePart = admin().send(
                        "POST",
                        "/api/design/tasks/" + task + "/files",
                        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--" + boundary
                                + "--\r\n",
                        "Content-Type",
                        "multipart/form-data; boundary=" + boundary);
        assertThat(noFilePart.status()).as(noFilePart.toString()).isEqualTo(400);
        assertThat(filesOf(task)).isZero();

        for (String status : List.of("in_progress", "in_review")) {
            assertThat(admin().put("/api/design/tasks/" + task + "/status", Map.of("status", status))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(admin().put(
                                "/api/design/tasks/" + task + "/status",
                                Map.of("status", "approved", "approvedBy", "Club secretary"))
                        .status())
                .isEqualTo(200);
        Response approved = upload(admin(), task, multipart("late.png", "image/png", new byte[] {1, 2}, null));
        assertThat(approved.status()).isEqualTo(409);
        assertThat(approved.code()).isEqualTo("design_approved");
        assertThat(filesOf(task)).isZero();
    }

    @Test
    void theOpenApiDocumentDescribesTheUploadAsMultipart() {
        JsonNode docs = admin().get("/v3/api-docs").json();
        JsonNode upload = docs.at("/paths/~1api~1design~1tasks~1{id}~1files/post");
        assertThat(upload.at("/requestBody/content/multipart~1form-data/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/DesignFileUploadForm");
        assertThat(docs.at("/components/schemas/DesignFileUploadForm").toString())
                .contains("\"file\"")
                .contains("binary")
                .contains("\"note\"");
        assertThat(upload.at("/requestBody/content/application~1json").isMissingNode())
                .isTrue();
    }

    @Test
    void aFileOverTheUploadLimitIsA413Problem() {
        String task = admin().post("/api/design/tasks", design(unique("Big"))).id();
        byte[] big = new byte[10 * 1024 * 1024 + 1024];

        Response tooBig = upload(admin(), task, multipart("big.tif", "image/tiff", big, null));

        assertThat(tooBig.status()).as(tooBig.toString()).isEqualTo(413);
        assertThat(tooBig.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooBig.code()).isEqualTo("payload_too_large");
        assertThat(filesOf(task)).isZero();
    }

    @Test
    void concurrentUploadsOfOneNameGetDistinctConsecutiveVersions() throws Exception {
        String task = admin().post("/api/design/tasks", design(unique("Race"))).id();
        int uploads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                byte[] content = ("upload " + i).getBytes(StandardCharsets.UTF_8);
                futures.add(pool.submit(
                        () -> upload(admin(), task, multipart("same.ai", "application/postscript", content, null))));
            }
            List<Integer> versions = new ArrayList<>();
            for (Future<Response> future : futures) {
                Response response = future.get(120, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                versions.add(response.json().get("fileVersion").asInt());
            }
            assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4);
        } finally {
            pool.shutdownNow();
        }
    }

    private int filesOf(String task) {
        return jdbc.sql("SELECT count(*) FROM design_files WHERE design_task_id = ?")
                .param(UUID.fromString(task))
                .query(Integer.class)
                .single();
    }

    private static List<String> fileIds(Api api, String task, String query) {
        Response list = api.get("/api/design/tasks/" + task + "/files" + query);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    private HttpResponse<byte[]> download(Api api, String task, String fileId, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/design/tasks/" + task + "/files/" + fileId))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + api.token())
                .GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
