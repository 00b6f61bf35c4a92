package se.samverka.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.referral.OrganisationReferrals;
import se.samverka.referral.ReferredRequest;
import se.samverka.shared.HelpKind;
import se.samverka.shared.NotFoundException;

/**
 * The requests referred to the key's organisation: list, read, accept, decline, by the rules of the workspace's
 * referral pages (the referral module decides; the resident's details only after this organisation accepted).
 * Another organisation's referral is not found.
 */
@RestController
@RequestMapping(path = "/api/v1/organisation/referrals", produces = "application/json")
@Tag(name = "Referrals (API key)", description = "Requests the municipality referred to the key's organisation")
@KeyedEndpoint
class ReferralApi {

    private final OrganisationReferrals referrals;

    ReferralApi(OrganisationReferrals referrals) {
        this.referrals = referrals;
    }

    /** A referral as the organisation sees it; {@code resident} is null until it has accepted. */
    record IncomingReferral(
            UUID id,
            long requestNumber,
            String status,
            HelpKind kind,
            String district,
            LocalDate date,
            LocalTime timeFrom,
            LocalTime timeTo,
            String summary,
            OffsetDateTime answerBy,
            ReferredRequest.Resident resident) {

        static IncomingReferral of(ReferredRequest r) {
            return new IncomingReferral(
                    r.id(),
                    r.number(),
                    r.status().name(),
                    r.kind(),
                    r.districtName(),
                    r.date(),
                    r.timeFrom(),
                    r.timeTo(),
                    r.summary(),
                    r.deadline().toOffsetDateTime(),
                    r.resident());
        }
    }

    /** Why the organisation declines; optional, at most 500 characters. */
    record Decline(String reason) {}

    @GetMapping
    @Operation(summary = "The referrals to the organisation that are current, as the workspace lists them")
    @ApiResponse(responseCode = "200", description = "The referrals")
    ResponseEntity<List<IncomingReferral>> list(@AuthenticationPrincipal ApiClient client) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(referrals.current(client.organisationId()).stream()
                        .map(IncomingReferral::of)
                        .toList());
    }

    @GetMapping("/{referralId}")
    @Operation(summary = "One referral; each read is written to the audit log")
    @ApiResponse(responseCode = "200", description = "The referral")
    @Problem.NotFound("Not a referral to this organisation")
    ResponseEntity<IncomingReferral> read(@AuthenticationPrincipal ApiClient client, @PathVariable UUID referralId) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(IncomingReferral.of(referrals
                        .read(client.organisationId(), referralId, "API")
                        .orElseThrow(() -> new NotFoundException("Referral"))));
    }

    @PostMapping("/{referralId}/accept")
    @Operation(
            summary = "Accept a referral",
            description = "The first organisation to accept gets the request; the others' offers are withdrawn. "
                    + "409 when another was first, the deadline passed or it was answered already.")
    @ApiResponse(responseCode = "200", description = "Accepted: the referral with the resident's details")
    @Problem.NotFound("Not a referral to this organisation")
    @Problem.Conflict("Not open any more: `outcome` is TAKEN_BY_OTHER, TOO_LATE or ALREADY_ANSWERED")
    ResponseEntity<Object> accept(@AuthenticationPrincipal ApiClient client, @PathVariable UUID referralId) {
        var outcome = referrals
                .accept(client.organisationId(), referralId, client.actor())
                .orElseThrow(() -> new NotFoundException("Referral"));
        return answered(client, referralId, outcome, OrganisationReferrals.Answer.ACCEPTED);
    }

    @PostMapping("/{referralId}/decline")
    @Operation(
            summary = "Decline a referral",
            description = "With an optional `reason` (at most 500 characters). When it was the last open offer, "
                    + "the request returns to the municipality's queue.")
    @ApiResponse(responseCode = "200", description = "Declined")
    @Problem.BadRequest("The reason is too long")
    @Problem.NotFound("Not a referral to this organisation")
    @Problem.Conflict("Not open any more: `outcome` is TAKEN_BY_OTHER, TOO_LATE or ALREADY_ANSWERED")
    ResponseEntity<Object> decline(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID referralId,
            @RequestBody(required = false) Decline decline) {
        var reason = decline == null || decline.reason() == null ? "" : decline.reason();
        if (reason.length() > 500) {
            throw new ApiProblems.BadParameters("reason", "at most 500 characters");
        }
        var outcome = referrals
                .decline(client.organisationId(), referralId, client.actor(), reason)
                .orElseThrow(() -> new NotFoundException("Referral"));
        return answered(client, referralId, outcome, OrganisationReferrals.Answer.DECLINED);
    }

    private ResponseEntity<Object> answered(
            ApiClient client,
            UUID referralId,
            OrganisationReferrals.Answer outcome,
            OrganisationReferrals.Answer wanted) {
        if (outcome != wanted) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, "The referral is not open to an answer any more");
            problem.setProperty("outcome", outcome.name());
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(IncomingReferral.of(referrals
                        .read(client.organisationId(), referralId, "API answer")
                        .orElseThrow()));
    }
}
