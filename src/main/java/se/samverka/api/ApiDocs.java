package se.samverka.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the credentials' schemes; springdoc finds the operations. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String KEY = "organisationKey";

    static final String STAFF_KEY = "staffKey";

    static final String STAFF_TOKEN = "staffBearer";

    @Bean
    OpenAPI samverkaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Samverka API")
                        .version("v1")
                        .description("Published efforts and the association directory without a key; an "
                                + "organisation's own efforts and shifts with its API key (created in the "
                                + "association's workspace). Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An organisation's API key: Authorization: Bearer samv_..."))
                        .addSecuritySchemes(
                                STAFF_KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A municipal staff key (read-only statistics), made by an "
                                                + "administrator: Authorization: Bearer samvs_..."))
                        .addSecuritySchemes(
                                STAFF_TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("A staff member's token from the municipality's identity "
                                                + "provider (the one staff sign in with): signed by its keys, for "
                                                + "Samverka's client id or the configured audience, naming a "
                                                + "person who has signed in to Samverka and whose role sees the "
                                                + "collaboration overview. Authorization: Bearer eyJ...")));
    }
}
