package se.samverka.district;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator types to add or change a district. Coordinates are SWEREF 99 TM metres. */
record DistrictForm(
		@NotBlank(message = "{district.name.required}") @Size(max = 100, message = "{district.name.tooLong}") String name,
		@NotNull(message = "{district.easting.required}") @DecimalMin(value = "180000", message = "{district.easting.range}") @DecimalMax(value = "1000000", message = "{district.easting.range}") Double easting,
		@NotNull(message = "{district.northing.required}") @DecimalMin(value = "6100000", message = "{district.northing.range}") @DecimalMax(value = "7700000", message = "{district.northing.range}") Double northing,
		@NotNull(message = "{district.sortOrder.required}") @Min(value = 0, message = "{district.sortOrder.range}") @Max(value = 999, message = "{district.sortOrder.range}") Integer sortOrder,
		Set<String> neighbours) {

	DistrictForm {
		neighbours = neighbours == null ? new LinkedHashSet<>() : neighbours;
	}

	static DistrictForm empty() {
		return new DistrictForm("", null, null, 0, Set.of());
	}

	static DistrictForm of(District district) {
		return new DistrictForm(district.name(), district.easting(), district.northing(), district.sortOrder(),
				district.neighbourIds());
	}
}
