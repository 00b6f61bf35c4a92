package se.samverka.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.overview.OverviewFilter;
import se.samverka.overview.OverviewSection;

/**
 * The collaboration overview's figures for the municipality's own systems, with a staff key or a staff member's token
 * from the identity provider: every module's counts, in total and per department, without a filter. Aggregates only,
 * never a person.
 */
@RestController
@RequestMapping(path = "/api/v1/staff", produces = "application/json")
@Tag(name = "Staff (staff key or token)", description = "Read-only statistics for the municipality's staff")
@SecurityRequirement(name = ApiDocs.STAFF_KEY)
@SecurityRequirement(name = ApiDocs.STAFF_TOKEN)
@Problem.Unauthorized("No key, an unknown or revoked one; or a token that is not valid (signature, issuer, expiry, "
        + "audience), names no active staff account, or is sent where no identity provider is configured")
@Problem.Forbidden("Not a staff key (an organisation's key), or a staff member whose role does not see the "
        + "collaboration overview")
class StaffApi {

    private final ObjectProvider<OverviewSection> sections;
    private final MessageSource messages;
    private final Clock clock;

    StaffApi(ObjectProvider<OverviewSection> sections, MessageSource messages, Clock clock) {
        this.sections = sections;
        this.messages = messages;
        this.clock = clock;
    }

    /** One figure: what is counted (its key and English label), the total, and per department id. */
    record Figure(String key, String label, long total, Map<String, Long> byDepartment) {}

    record Section(String key, String title, List<Figure> figures) {}

    record Overview(Instant generatedAt, List<Section> sections) {}

    @GetMapping("/overview")
    @Operation(
            summary = "The collaboration overview's figures",
            description = "As the page /samverkan/oversikt shows them without a filter: each section's counts in "
                    + "total and per department id.")
    @ApiResponse(responseCode = "200", description = "The figures")
    ResponseEntity<Overview> overview() {
        var filter = OverviewFilter.all();
        var body = sections.stream()
                .sorted(Comparator.comparingInt(OverviewSection::order))
                .map(section -> new Section(
                        section.titleKey(),
                        text(section.titleKey()),
                        section.figures(filter).stream()
                                .map(f -> new Figure(f.labelKey(), text(f.labelKey()), f.total(), f.byDepartment()))
                                .toList()))
                .toList();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new Overview(clock.instant(), body));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
