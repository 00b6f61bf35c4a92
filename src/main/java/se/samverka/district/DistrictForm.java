package se.samverka.district;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an administrator types to add or change a district. Coordinates are SWEREF 99 TM metres. Numbers are
 * kept as typed (strings) so that a wrong one is shown back exactly as it was written.
 */
record DistrictForm(
        @NotBlank(message = "{district.name.required}") @Size(max = 100, message = "{district.name.tooLong}")
        String name,

        @NotBlank(message = "{district.easting.required}")
        @Pattern(regexp = "^\\s*\\d{6}([.,]\\d+)?\\s*$", message = "{district.easting.range}")
        String easting,

        @NotBlank(message = "{district.northing.required}")
        @Pattern(regexp = "^\\s*\\d{7}([.,]\\d+)?\\s*$", message = "{district.northing.range}")
        String northing,

        @NotBlank(message = "{district.sortOrder.required}")
        @Pattern(regexp = "^\\s*\\d{1,3}\\s*$", message = "{district.sortOrder.range}")
        String sortOrder,

        Set<String> neighbours) {

    DistrictForm {
        neighbours = neighbours == null ? new LinkedHashSet<>() : neighbours;
    }

    static DistrictForm empty() {
        return new DistrictForm("", "", "", "0", Set.of());
    }

    static DistrictForm of(District district) {
        return new DistrictForm(
                district.name(),
                format(district.easting()),
                format(district.northing()),
                String.valueOf(district.sortOrder()),
                district.neighbourIds());
    }

    double eastingValue() {
        return Double.parseDouble(easting.strip().replace(',', '.'));
    }

    double northingValue() {
        return Double.parseDouble(northing.strip().replace(',', '.'));
    }

    int sortOrderValue() {
        return Integer.parseInt(sortOrder.strip());
    }

    /** Whole metres without a decimal point, as people write coordinates. */
    private static String format(double metres) {
        return metres == Math.rint(metres) ? String.valueOf((long) metres) : String.valueOf(metres);
    }
}
