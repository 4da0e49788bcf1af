package org.nashir.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.nashir.shared.Messages;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /api/docs: the content API (public or content key) and the admin API (bearer tokens). */
@Configuration
class OpenApiConfiguration {

    static final String TOKEN = "apiToken";
    static final String CONTENT_KEY = "contentKey";

    @Bean
    OpenAPI nashirOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Nashir API").version("v1")
                        .description(Messages.text("api.openapi.description")
                                + "\nThe content API is read-only; the admin API takes a per-user bearer token with scopes."
                                + " Errors are problem details whose code names the message.")
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description(Messages.text("api.openapi.token")))
                        .addSecuritySchemes(CONTENT_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ContentKey.HEADER)
                                .description(Messages.text("api.openapi.content-key"))));
    }

    /** Admin operations need a token; content, search and related operations a content key when the site asks for one. */
    @Bean
    OperationCustomizer securityRequirements() {
        return (operation, handler) -> {
            if (handler.getBeanType().equals(AdminApiController.class)) {
                operation.addSecurityItem(new SecurityRequirement().addList(TOKEN));
            } else if (handler.getBeanType().equals(ContentApiController.class)
                    || handler.getBeanType().equals(SearchApiController.class)
                    || handler.getBeanType().equals(RelatedApiController.class)) {
                operation.addSecurityItem(new SecurityRequirement().addList(CONTENT_KEY));
                operation.addSecurityItem(new SecurityRequirement());
            }
            return operation;
        };
    }
}
