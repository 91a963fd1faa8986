package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.partners.VendorDetails;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Test data for manufacturers and design tasks, made over HTTP as an admin. */
final class DesignFixtures {

    private final Api admin;

    DesignFixtures(Api admin) {
        this.admin = admin;
    }

    UUID customer() {
        Response created = admin.post("/api/customers", Map.of("name", IntegrationTest.unique("Design customer")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.id());
    }

    String madeToOrderSku() {
        String sku = IntegrationTest.unique("MTO").toUpperCase();
        Response created = admin.post(
                "/api/catalog",
                Map.of(
                        "sku",
                        sku,
                        "name",
                        "Custom jersey " + sku,
                        "price",
                        40,
                        "currency",
                        "EUR",
                        "status",
                        "published",
                        "fulfillment",
                        "made_to_order"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return sku;
    }

    /** A draft order of the customer with one made-to-order line (no design task yet). */
    JsonNode draftOrder(UUID customerId) {
        Response created = admin.post(
                "/api/orders",
                Map.of(
                        "customerId",
                        customerId,
                        "status",
                        "draft",
                        "items",
                        List.of(Map.of("sku", madeToOrderSku(), "quantity", 3))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static Map<String, Object> manufacturer(String name, String kind, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("capacityPerDay", capacity);
        body.put("leadTimeDays", 3);
        body.put("contactName", "Mia Maker");
        body.put("email", "mia@maker.test");
        body.put("phone", "+49 30 1234");
        body.put("notes", "prints and sews");
        return body;
    }

    JsonNode createDesign(Map<String, Object> body) {
        Response created = admin.post("/api/design/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static Map<String, Object> design(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("brief", "club crest on the chest, navy and gold");
        return body;
    }

    /** A multipart/form-data body with a {@code file} part and an optional {@code note} part. */
    static Multipart multipart(String fileName, String contentType, byte[] content, @Nullable String note) {
        String boundary = "----shopfloor" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + boundary + "\r\n");
        write(out, "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n");
        write(out, "Content-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n");
        if (note != null) {
            write(out, "--" + boundary + "\r\n");
            write(out, "Content-Disposition: form-data; name=\"note\"\r\n\r\n");
            write(out, note + "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return new Multipart(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    record Multipart(byte[] body, String contentType) {}

    static Response upload(Api api, String taskId, Multipart multipart) {
        return api.send(
                "POST",
                "/api/design/tasks/" + taskId + "/files",
                multipart.body(),
                "Content-Type",
                multipart.contentType());
    }

    /** A new vendor's id, for signing in as a VENDOR. */
    static UUID vendor(Vendors vendors) {
        return CurrentActor.runAs(
                        Actor.system("test"),
                        () -> vendors.create(VendorDetails.named(IntegrationTest.unique("Vendor"))))
                .id();
    }

    /** The signed-in user's id: the token's subject. */
    static UUID userId(Api api) {
        String payload = String.valueOf(api.token()).split("\\.")[1];
        JsonNode claims = Api.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        return UUID.fromString(claims.get("sub").asString());
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
