package se.samverka.safetypoint;

import java.util.LinkedHashMap;
import java.util.Map;
import se.samverka.district.Districts;

/** District id to name, for the pages that show a point's district. */
final class DistrictNames {

    private DistrictNames() {}

    static Map<String, String> of(Districts districts) {
        var names = new LinkedHashMap<String, String>();
        districts.all().forEach(d -> names.put(d.id(), d.name()));
        return names;
    }
}
