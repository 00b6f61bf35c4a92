package se.samverka.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.api.PublicViews.PublicOrganisation;
import se.samverka.district.Districts;
import se.samverka.organisation.ActivityKind;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/**
 * The public directory of approved organisations, as on /foreningar: no key needed. A municipality's directory
 * holds hundreds, not millions: it is filtered and paged in memory over the approved list the web page uses too.
 */
@RestController
@RequestMapping(path = "/api/v1/organisations", produces = "application/json")
@Tag(name = "Public: organisations", description = "The directory of approved organisations, as on /foreningar")
class DirectoryApi {

    private static final Comparator<Organisation> ORDER = Comparator.comparing(
                    (Organisation o) -> o.name().toLowerCase(Locale.ROOT))
            .thenComparing(Organisation::id);

    private final Organisations organisations;
    private final Districts districts;

    DirectoryApi(Organisations organisations, Districts districts) {
        this.organisations = organisations;
        this.districts = districts;
    }

    @GetMapping
    @Operation(summary = "Approved organisations, by name", description = "Page with `cursor` (from `nextCursor`).")
    @ApiResponse(responseCode = "200", description = "One page of organisations")
    @Problem.BadRequest("A bad parameter")
    ResponseEntity<ApiPage<PublicOrganisation>> list(
            @Parameter(description = "part of the name or purpose") @RequestParam(required = false) String q,
            @Parameter(description = "a district id") @RequestParam(required = false) String district,
            @Parameter(description = "a kind of activity") @RequestParam(required = false) ActivityKind activity,
            @Parameter(description = "the `nextCursor` of the previous page") @RequestParam(required = false)
                    String cursor,
            @Parameter(description = "page size, 1 to 100 (default 20)") @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        if (district != null && !districts.exists(district)) {
            throw new ApiProblems.BadParameters("district", "no such district");
        }
        var size = Limits.of(limit);
        var after = Cursor.decode(cursor);
        var text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        var page = organisations.approved().stream()
                .filter(o -> text.isEmpty()
                        || o.name().toLowerCase(Locale.ROOT).contains(text)
                        || (o.purpose() != null
                                && o.purpose().toLowerCase(Locale.ROOT).contains(text)))
                .filter(o -> district == null || o.districtIds().contains(district))
                .filter(o -> activity == null || o.activities().contains(activity))
                .sorted(ORDER)
                .filter(o -> after == null || isAfter(o, after))
                .limit(size + 1L)
                .toList();
        var shown = page.subList(0, Math.min(size, page.size()));
        String nextCursor = null;
        if (page.size() > size) {
            var last = shown.get(shown.size() - 1);
            nextCursor = new Cursor(last.name().toLowerCase(Locale.ROOT), last.id()).encode();
        }
        return ResponseEntity.ok()
                .cacheControl(PublicEffortsApi.PUBLIC)
                .body(new ApiPage<>(
                        shown.stream().map(PublicOrganisation::of).toList(),
                        nextCursor,
                        Links.next(request, nextCursor)));
    }

    @GetMapping("/{organisationId}")
    @Operation(summary = "One approved organisation")
    @ApiResponse(responseCode = "200", description = "The organisation")
    @Problem.NotFound("No such approved organisation")
    ResponseEntity<PublicOrganisation> show(@PathVariable UUID organisationId) {
        var organisation = organisations
                .find(organisationId)
                .filter(Organisation::isApproved)
                .orElseThrow(() -> new NotFoundException("Organisation"));
        return ResponseEntity.ok().cacheControl(PublicEffortsApi.PUBLIC).body(PublicOrganisation.of(organisation));
    }

    private static boolean isAfter(Organisation o, Cursor after) {
        var byName = o.name().toLowerCase(Locale.ROOT).compareTo(after.key());
        return byName > 0 || (byName == 0 && o.id().compareTo(after.id()) > 0);
    }
}
