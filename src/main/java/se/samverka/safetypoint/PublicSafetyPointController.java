package se.samverka.safetypoint;

import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverka.district.Districts;

/** The public list of open and full safety points, grouped by district. */
@Controller
class PublicSafetyPointController {

    private final SafetyPoints points;
    private final Districts districts;

    PublicSafetyPointController(SafetyPoints points, Districts districts) {
        this.points = points;
        this.districts = districts;
    }

    /** The points of one district, for the page's sections. */
    record DistrictGroup(String name, List<SafetyPoint> points) {}

    @GetMapping("/trygghetspunkter")
    String list(Model model) {
        var names = DistrictNames.of(districts);
        var groups = new LinkedHashMap<String, List<SafetyPoint>>();
        for (var point : points.publicPoints()) {
            groups.computeIfAbsent(point.districtId(), d -> new java.util.ArrayList<>())
                    .add(point);
        }
        model.addAttribute(
                "groups",
                groups.entrySet().stream()
                        .map(e -> new DistrictGroup(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                        .sorted(java.util.Comparator.comparing(DistrictGroup::name))
                        .toList());
        return "safetypoint/public";
    }
}
