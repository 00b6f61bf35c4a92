package se.samverka.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.district.Districts;
import se.samverka.safetypoint.SafetyPoint;
import se.samverka.safetypoint.SafetyPoints;

/** The open and full safety points, as on /trygghetspunkter: no key needed. */
@RestController
@RequestMapping(path = "/api/v1/safety-points", produces = "application/json")
@Tag(
        name = "Public: safety points",
        description = "Open and full safety points (trygghetspunkter), as on /trygghetspunkter")
class PublicSafetyPointsApi {

    /**
     * A safety point as the public sees it: no capacity, no staffing, no volunteers.
     *
     * @param status OPEN, or FULL (open, but people are asked to go elsewhere)
     */
    record PublicSafetyPoint(
            UUID id,
            String name,
            String address,
            String district,
            String districtName,
            String openingHours,
            String status,
            String note) {

        static PublicSafetyPoint of(SafetyPoint p, String districtName) {
            return new PublicSafetyPoint(
                    p.id(),
                    p.name(),
                    p.address(),
                    p.districtId(),
                    districtName,
                    p.openingHours(),
                    p.status().name(),
                    p.publicNote());
        }
    }

    private final SafetyPoints points;
    private final Districts districts;

    PublicSafetyPointsApi(SafetyPoints points, Districts districts) {
        this.points = points;
        this.districts = districts;
    }

    @GetMapping
    @Operation(
            summary = "The safety points open now (status OPEN or FULL), by district and name",
            description = "Closed points are left out. All of them on one page (`nextCursor` is always null).")
    @ApiResponse(responseCode = "200", description = "The open and full safety points")
    @Problem.BadRequest("A bad parameter")
    ResponseEntity<ApiPage<PublicSafetyPoint>> list(
            @Parameter(description = "a district id (see the web form's choices)") @RequestParam(required = false)
                    String district) {
        if (district != null && !district.isBlank() && !districts.exists(district)) {
            throw new ApiProblems.BadParameters("district", "no such district");
        }
        var names = new java.util.HashMap<String, String>();
        districts.all().forEach(d -> names.put(d.id(), d.name()));
        var items = points.publicPoints().stream()
                .filter(p ->
                        district == null || district.isBlank() || p.districtId().equals(district))
                .map(p -> PublicSafetyPoint.of(p, names.getOrDefault(p.districtId(), "")))
                .toList();
        return ResponseEntity.ok().cacheControl(PublicEffortsApi.PUBLIC).body(new ApiPage<>(items, null, null));
    }
}
