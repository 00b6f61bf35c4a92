package se.samverka.crisis;

import java.util.LinkedHashMap;
import java.util.Map;
import se.samverka.district.Districts;

/** District id to name, for pages that list a crisis' or a volunteer's districts. */
final class DistrictNames {

    private DistrictNames() {}

    static Map<String, String> of(Districts districts) {
        var names = new LinkedHashMap<String, String>();
        districts.all().forEach(d -> names.put(d.id(), d.name()));
        return names;
    }
}
