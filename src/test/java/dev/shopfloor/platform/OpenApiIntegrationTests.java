package dev.shopfloor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The generated OpenAPI document lists every /api operation the application serves, with a summary. */
class OpenApiIntegrationTests extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void documentsEveryApiOperation() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/"))
                        .forEach(path -> info.getMethodsCondition().getMethods().forEach(method -> {
                            checked.add(method + " " + path);
                            JsonNode operation =
                                    paths.path(path).path(method.name().toLowerCase());
                            if (operation.isMissingNode()) {
                                missing.add(method + " " + path);
                            }
                        })));
        assertThat(missing).as("operations missing from /v3/api-docs").isEmpty();
        assertThat(checked).hasSizeGreaterThan(40);
    }
}
