package se.samverka.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.effort.Effort;
import se.samverka.effort.Efforts;
import se.samverka.effort.ShiftDrafting;
import se.samverka.effort.Signup;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/**
 * Changing one of the organisation's shifts and reading its roster, with its API key: the rules of the workspace's
 * change form, and only what the workspace's roster shows. Another organisation's shift is not found.
 */
@RestController
@RequestMapping(path = "/api/v1/organisation/efforts/{effortId}/shifts/{shiftId}", produces = "application/json")
@Tag(name = "Organisation (API key)", description = "The key's organisation's own efforts and shifts")
@KeyedEndpoint
@Problem.NotFound("Not a shift of this organisation's effort")
class ShiftApi {

    private final Efforts efforts;
    private final ShiftDrafting drafting;
    private final AuditLog audit;

    ShiftApi(Efforts efforts, ShiftDrafting drafting, AuditLog audit) {
        this.efforts = efforts;
        this.drafting = drafting;
        this.audit = audit;
    }

    /** One person on the shift's roster, as the workspace shows them; {@code waitingPosition} only when waiting. */
    record RosterEntry(
            UUID signupId,
            String name,
            String email,
            String phone,
            String status,
            Integer waitingPosition,
            Instant signedUpAt) {

        static RosterEntry of(Signup s) {
            return new RosterEntry(
                    s.id(),
                    s.volunteerName(),
                    s.volunteerEmail(),
                    s.volunteerPhone(),
                    s.status().name(),
                    s.position(),
                    s.createdAt());
        }
    }

    record Roster(OrganisationApi.OwnShift shift, List<RosterEntry> signups) {}

    @PutMapping(consumes = "application/json")
    @Operation(
            summary = "Change a shift's time, place and size",
            description = "By the rules of the workspace's change form: not a cancelled or started shift, in the "
                    + "effort's period, `timeTo` after `timeFrom` (HH:mm, Europe/Stockholm), `maxVolunteers` not "
                    + "below those confirmed, no overlap with another shift at the place. Everyone signed up is "
                    + "told when the time or place moved; a larger size moves the waiting list up.")
    @ApiResponse(responseCode = "200", description = "The shift as changed")
    @Problem.BadRequest("A rule was broken; nothing was changed")
    ResponseEntity<OrganisationApi.OwnShift> change(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID effortId,
            @PathVariable UUID shiftId,
            @RequestBody ShiftDrafting.ChangedShift change) {
        try {
            var shift = drafting.change(client.organisationId(), effortId, shiftId, change, Locale.ENGLISH);
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(OrganisationApi.OwnShift.of(shift));
        } catch (ShiftDrafting.InvalidShift e) {
            throw new ApiProblems.BadParameters(e.problems().stream()
                    .map(p -> new ApiProblems.FieldError(p.field(), p.message()))
                    .toList());
        }
    }

    @GetMapping("/roster")
    @Operation(
            summary = "Who has signed up for a shift",
            description = "What the workspace's roster shows: name, e-mail, phone and status (CONFIRMED, WAITING, "
                    + "APPLIED, WITHDRAWN, CANCELLED, REJECTED...). Each read is written to the audit log.")
    @ApiResponse(responseCode = "200", description = "The shift and its sign-ups")
    ResponseEntity<Roster> roster(
            @AuthenticationPrincipal ApiClient client, @PathVariable UUID effortId, @PathVariable UUID shiftId) {
        var effort = own(client, effortId);
        var shift = efforts.shift(shiftId)
                .filter(s -> s.effortId().equals(effort.id()))
                .orElseThrow(() -> new NotFoundException("Shift"));
        var signups = efforts.signups(shiftId);
        audit.recordAll(
                AuditAction.VIEW,
                signups.stream().map(s -> PersonRef.volunteer(s.volunteerId())).toList(),
                "effort.roster",
                "API roster of shift " + shiftId);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new Roster(
                        OrganisationApi.OwnShift.of(shift),
                        signups.stream().map(RosterEntry::of).toList()));
    }

    private Effort own(ApiClient client, UUID effortId) {
        return efforts.find(effortId)
                .filter(e -> client.organisationId().equals(e.organisationId()))
                .orElseThrow(() -> new NotFoundException("Effort"));
    }
}
