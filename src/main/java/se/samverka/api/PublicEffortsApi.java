package se.samverka.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.api.PublicViews.PublicEffort;
import se.samverka.api.PublicViews.PublicEffortWithShifts;
import se.samverka.api.PublicViews.PublicShift;
import se.samverka.district.Districts;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Language;
import se.samverka.shared.NotFoundException;

/** The public listing of efforts with open shifts, as on /insatser: no key needed. */
@RestController
@RequestMapping(path = "/api/v1/efforts", produces = "application/json")
@Tag(name = "Public: efforts", description = "Published efforts and their open shifts, as on /insatser")
class PublicEffortsApi {

    static final CacheControl PUBLIC = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();

    private final Efforts efforts;
    private final Districts districts;
    private final Organisers organisers;
    private final HelpKinds kinds;

    PublicEffortsApi(Efforts efforts, Districts districts, Organisers organisers, HelpKinds kinds) {
        this.kinds = kinds;
        this.efforts = efforts;
        this.districts = districts;
        this.organisers = organisers;
    }

    @GetMapping
    @Operation(
            summary = "Published efforts with at least one open shift matching the filters",
            description = "Ordered by the start of the effort's period. Page with `cursor` (from `nextCursor`).")
    @ApiResponse(responseCode = "200", description = "One page of efforts")
    @Problem.BadRequest("A bad parameter")
    ResponseEntity<ApiPage<PublicEffort>> list(
            @Parameter(description = "a district id (see the web form's choices)") @RequestParam(required = false)
                    String district,
            @Parameter(description = "a kind of help", schema = @Schema(type = "string", example = "SHOPPING"))
                    @RequestParam(required = false)
                    String kind,
            @Parameter(
                            description = "only efforts with an open shift on this day (YYYY-MM-DD)",
                            schema = @Schema(type = "string", format = "date"))
                    @RequestParam(required = false)
                    String date,
            @Parameter(description = "only efforts with an open shift in this language (ISO 639-1, e.g. sv, en, ar)")
                    @RequestParam(required = false)
                    String language,
            @Parameter(description = "the `nextCursor` of the previous page") @RequestParam(required = false)
                    String cursor,
            @Parameter(
                            description = "page size, 1 to 100 (default 20)",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
                    @RequestParam(required = false)
                    String limit,
            HttpServletRequest request) {
        // every bad parameter is named at once, not only the first
        var errors = new ArrayList<ApiProblems.FieldError>();
        if (district != null && !districts.exists(district)) {
            errors.add(new ApiProblems.FieldError("district", "no such district"));
        }
        HelpKind helpKind = null;
        if (kind != null && !kind.isBlank()) {
            if (HelpKind.isCode(kind) && kinds.exists(HelpKind.valueOf(kind))) {
                helpKind = HelpKind.valueOf(kind);
            } else {
                errors.add(new ApiProblems.FieldError("kind", "not one of " + kinds.active()));
            }
        }
        LocalDate day = null;
        try {
            day = date == null || date.isBlank() ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            errors.add(new ApiProblems.FieldError("date", "not a date as YYYY-MM-DD"));
        }
        if (language != null && !Language.isKnown(language)) {
            errors.add(new ApiProblems.FieldError("language", "not one of " + Language.CODES));
        }
        Integer pageSize = null;
        try {
            pageSize = limit == null || limit.isBlank() ? null : Integer.valueOf(limit.strip());
        } catch (NumberFormatException e) {
            errors.add(new ApiProblems.FieldError("limit", "not a whole number"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblems.BadParameters(errors);
        }
        var size = Limits.of(pageSize);
        var after = Cursor.decode(cursor);
        var page = efforts.listedAfter(
                district,
                helpKind,
                day,
                language,
                after == null ? null : start(after),
                after == null ? null : after.id(),
                size + 1);
        var shown = page.subList(0, Math.min(size, page.size()));
        var names = organisers.names(shown);
        var items = shown.stream()
                .map(e -> PublicEffort.of(e, organisers.name(e, names)))
                .toList();
        String nextCursor = null;
        if (page.size() > size) {
            var last = shown.get(shown.size() - 1);
            nextCursor = new Cursor(last.periodStart().toString(), last.id()).encode();
        }
        return ResponseEntity.ok()
                .cacheControl(PUBLIC)
                .body(new ApiPage<>(items, nextCursor, Links.next(request, nextCursor)));
    }

    @GetMapping("/{effortId}")
    @Operation(summary = "One published or paused effort with its shifts still open to sign-ups")
    @ApiResponse(responseCode = "200", description = "The effort")
    @Problem.NotFound("No such public effort")
    ResponseEntity<PublicEffortWithShifts> show(@PathVariable UUID effortId) {
        var effort = efforts.find(effortId)
                .filter(e -> e.isPublished() || e.status() == EffortStatus.PAUSED)
                .orElseThrow(() -> new NotFoundException("Effort"));
        var shifts = efforts.openShifts(effortId).stream().map(PublicShift::of).toList();
        var body = new PublicEffortWithShifts(
                PublicEffort.of(effort, organisers.name(effort, organisers.names(List.of(effort)))), shifts);
        return ResponseEntity.ok().cacheControl(PUBLIC).body(body);
    }

    private static LocalDate start(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.key());
        } catch (DateTimeParseException e) {
            throw new ApiProblems.BadParameters("cursor", "not a cursor from this API");
        }
    }
}
