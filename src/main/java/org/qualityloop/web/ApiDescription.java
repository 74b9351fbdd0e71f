package org.qualityloop.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API described for integrators ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui/index.html}, both for
 * signed-in users): every {@code /api/**} operation and the public open data, each with its summary.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI qualityLoopApi() {
        return new OpenAPI()
                .info(new Info().title("QualityLoop API").version("v1").description("""
                        Post-processing of nonconforming products from product-quality spot checks (不合格产品后处理): \
                        register results, read case files and documents, work tasks, administer the registry, and read \
                        the published entries. Errors are JSON with a message per field in the caller's language \
                        (Accept-Language). Scope is checked for every call: what is out of scope answers 404."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token (qlt_…) made at /account/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
