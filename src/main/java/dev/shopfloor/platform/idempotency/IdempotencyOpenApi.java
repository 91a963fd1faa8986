package dev.shopfloor.platform.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lists the optional {@code Idempotency-Key} header on every POST that honours it (signed-in /api POSTs). */
@Configuration(proxyBeanMethods = false)
class IdempotencyOpenApi {

    @Bean
    OpenApiCustomizer idempotencyKeyHeader() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                Operation post = item.getPost();
                if (post != null
                        && path.startsWith("/api/")
                        && !path.startsWith("/api/auth/")
                        && !path.startsWith("/api/public/")) {
                    post.addParametersItem(header());
                }
            });
        };
    }

    private static HeaderParameter header() {
        HeaderParameter header = new HeaderParameter();
        header.setName(IdempotencyKey.HEADER);
        header.setRequired(false);
        header.setDescription("Makes a retry safe: the same key with the same body answers the first response again"
                + " (Idempotent-Replayed: true); with another body 422 idempotency_mismatch. 1..255 visible ASCII"
                + " characters, per user, kept for shopfloor.idempotency.retention (24h).");
        header.setSchema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH));
        return header;
    }
}
