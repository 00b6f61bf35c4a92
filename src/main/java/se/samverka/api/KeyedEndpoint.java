package se.samverka.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API controller for an organisation's own data, called with its API key: the document names the key's scheme
 * and the 401 problem for every operation. springdoc reads both through Spring's merged annotations.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SecurityRequirement(name = ApiDocs.KEY)
@Problem.Unauthorized("No key, or an unknown or revoked one")
@interface KeyedEndpoint {}
