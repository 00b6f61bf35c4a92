package se.samverka.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.effort.EffortDrafting;

/**
 * Creating, publishing and closing the organisation's own efforts with its API key, by the rules of the workspace's
 * effort form; an effort starts as a draft, as on the web, and its shifts are added with
 * {@code POST /efforts/{effortId}/shifts}. Another organisation's effort is not found.
 */
@RestController
@RequestMapping(path = "/api/v1/organisation/efforts", produces = "application/json")
@Tag(name = "Organisation (API key)", description = "The key's organisation's own efforts and shifts")
@KeyedEndpoint
@Problem.NotFound("Not an effort of this (approved) organisation")
class EffortApi {

    private final EffortDrafting drafting;

    EffortApi(EffortDrafting drafting) {
        this.drafting = drafting;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Create an effort (as a draft)",
            description = "By the rules of the workspace's effort form: a title, a description, the target group, a "
                    + "period (YYYY-MM-DD, the end not before the start), a contact name and e-mail (a phone number is "
                    + "optional) and at least one known district id. It is a draft until published. A broken rule is a "
                    + "400 problem with `errors`.")
    @ApiResponse(responseCode = "201", description = "The effort, a draft")
    @Problem.BadRequest("A rule was broken; nothing was stored")
    ResponseEntity<OrganisationApi.OwnEffort> create(
            @AuthenticationPrincipal ApiClient client, @RequestBody EffortDrafting.NewEffort effort) {
        try {
            var created = drafting.create(client.organisationId(), effort, client.actor(), Locale.ENGLISH);
            return ResponseEntity.status(201)
                    .cacheControl(CacheControl.noStore())
                    .body(OrganisationApi.OwnEffort.of(created));
        } catch (EffortDrafting.InvalidEffort e) {
            throw new ApiProblems.BadParameters(e.problems().stream()
                    .map(p -> new ApiProblems.FieldError(p.field(), p.message()))
                    .toList());
        }
    }

    @PostMapping("/{effortId}/publish")
    @Operation(
            summary = "Publish an effort",
            description = "A draft or paused effort is listed publicly with its open shifts; publishing a published "
                    + "effort changes nothing. A closed effort is not found.")
    @ApiResponse(responseCode = "200", description = "The effort, published")
    ResponseEntity<OrganisationApi.OwnEffort> publish(
            @AuthenticationPrincipal ApiClient client, @PathVariable UUID effortId) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(OrganisationApi.OwnEffort.of(drafting.publish(client.organisationId(), effortId)));
    }

    @PostMapping("/{effortId}/close")
    @Operation(
            summary = "Close an effort",
            description = "As on the web: those who took part are thanked, the shifts still to come are cancelled "
                    + "and everyone on them is told. A closed effort is not found.")
    @ApiResponse(responseCode = "200", description = "The effort, closed")
    ResponseEntity<OrganisationApi.OwnEffort> close(
            @AuthenticationPrincipal ApiClient client, @PathVariable UUID effortId) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(OrganisationApi.OwnEffort.of(drafting.close(client.organisationId(), effortId)));
    }
}
