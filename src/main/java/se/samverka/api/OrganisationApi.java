package se.samverka.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.effort.Effort;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.ShiftDrafting;
import se.samverka.shared.HelpKind;
import se.samverka.shared.NotFoundException;

/**
 * An organisation's own efforts and shifts, with its API key: read, add shifts, cancel a shift. Another organisation's effort or shift is not found,
 * never forbidden, as in the workspace: nobody learns what another organisation has.
 */
@RestController
@RequestMapping(path = "/api/v1/organisation", produces = "application/json")
@Tag(name = "Organisation (API key)", description = "The key's organisation's own efforts and shifts")
@KeyedEndpoint
class OrganisationApi {

    private static final CacheControl PRIVATE = CacheControl.noCache().cachePrivate();

    private final Efforts efforts;
    private final ShiftDrafting drafting;

    OrganisationApi(Efforts efforts, ShiftDrafting drafting) {
        this.efforts = efforts;
        this.drafting = drafting;
    }

    /** One of the organisation's efforts, in any status. */
    record OwnEffort(
            UUID id, String title, String status, LocalDate periodStart, LocalDate periodEnd, List<String> districts) {

        static OwnEffort of(Effort e) {
            return new OwnEffort(e.id(), e.title(), e.status().name(), e.periodStart(), e.periodEnd(), e.districtIds());
        }
    }

    /** A shift of the organisation's effort, with how many are confirmed; times in Europe/Stockholm. */
    record OwnShift(
            UUID id,
            String title,
            LocalDate date,
            LocalTime from,
            LocalTime to,
            String place,
            String district,
            int minVolunteers,
            int maxVolunteers,
            int confirmed,
            boolean cancelled,
            String language,
            List<HelpKind> kinds,
            String signupMode) {

        static OwnShift of(Shift s) {
            return new OwnShift(
                    s.id(),
                    s.title(),
                    s.date(),
                    s.from(),
                    s.to(),
                    s.place(),
                    s.districtId(),
                    s.minVolunteers(),
                    s.maxVolunteers(),
                    s.confirmed(),
                    s.cancelled(),
                    s.language(),
                    s.kinds(),
                    s.mode().name());
        }
    }

    record OwnEffortWithShifts(OwnEffort effort, List<OwnShift> shifts) {}

    @GetMapping("/efforts")
    @Operation(summary = "The organisation's efforts, in any status")
    @ApiResponse(responseCode = "200", description = "The efforts")
    ResponseEntity<List<OwnEffort>> efforts(@AuthenticationPrincipal ApiClient client) {
        return ResponseEntity.ok()
                .cacheControl(PRIVATE)
                .body(efforts.ownedBy(client.organisationId()).stream()
                        .map(OwnEffort::of)
                        .toList());
    }

    @GetMapping("/efforts/{effortId}")
    @Operation(summary = "One of the organisation's efforts with all its shifts")
    @ApiResponse(responseCode = "200", description = "The effort")
    @Problem.NotFound("Not an effort of this organisation")
    ResponseEntity<OwnEffortWithShifts> effort(@AuthenticationPrincipal ApiClient client, @PathVariable UUID effortId) {
        var effort = own(client, effortId);
        return ResponseEntity.ok()
                .cacheControl(PRIVATE)
                .body(new OwnEffortWithShifts(
                        OwnEffort.of(effort),
                        efforts.shifts(effortId).stream().map(OwnShift::of).toList()));
    }

    @PostMapping(path = "/efforts/{effortId}/shifts", consumes = "application/json")
    @Operation(
            summary = "Add a shift (and weekly repetitions) to one of the organisation's efforts",
            description = "By the rules of the workspace's shift form: in the effort's period, not in the past, "
                    + "`timeTo` after `timeFrom` (HH:mm, Europe/Stockholm), a known district, at least one kind, "
                    + "no overlapping shift at the same place. A broken rule is a 400 problem with `errors`.")
    @ApiResponse(responseCode = "201", description = "The shifts added")
    @Problem.BadRequest("A rule was broken; nothing was added")
    @Problem.NotFound("Not an open effort of this (approved) organisation")
    ResponseEntity<List<OwnShift>> addShift(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID effortId,
            @org.springframework.web.bind.annotation.RequestBody ShiftDrafting.NewShift shift) {
        try {
            var added = drafting.add(client.organisationId(), effortId, shift, java.util.Locale.ENGLISH);
            return ResponseEntity.status(201)
                    .cacheControl(CacheControl.noStore())
                    .body(added.stream().map(OwnShift::of).toList());
        } catch (ShiftDrafting.InvalidShift e) {
            throw new ApiProblems.BadParameters(e.problems().stream()
                    .map(p -> new ApiProblems.FieldError(p.field(), p.message()))
                    .toList());
        }
    }

    @PostMapping("/efforts/{effortId}/shifts/{shiftId}/cancel")
    @Operation(
            summary = "Cancel a shift",
            description = "As on the web: everyone signed up, waiting or applying is told, a call-out for it stops. "
                    + "Cancelling a cancelled shift changes nothing.")
    @ApiResponse(responseCode = "200", description = "The shift, cancelled")
    @Problem.NotFound("Not a shift of this organisation's effort")
    ResponseEntity<OwnShift> cancel(
            @AuthenticationPrincipal ApiClient client, @PathVariable UUID effortId, @PathVariable UUID shiftId) {
        var effort = own(client, effortId);
        var shift = efforts.shift(shiftId)
                .filter(s -> s.effortId().equals(effort.id()))
                .orElseThrow(() -> new NotFoundException("Shift"));
        efforts.cancelShift(shift.id());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(OwnShift.of(efforts.shift(shiftId).orElseThrow()));
    }

    private Effort own(ApiClient client, UUID effortId) {
        return efforts.find(effortId)
                .filter(e -> client.organisationId().equals(e.organisationId()))
                .orElseThrow(() -> new NotFoundException("Effort"));
    }
}
