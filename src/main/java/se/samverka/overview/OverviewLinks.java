package se.samverka.overview;

import org.springframework.web.util.UriComponentsBuilder;

/** Addresses that carry the overview's filter, so a figure's list shows what the figure counted. */
public final class OverviewLinks {

    private OverviewLinks() {}

    /**
     * The path with the filter's parameters and the extra ones, given as name, value pairs; null or blank values are
     * left out.
     */
    public static String to(String path, OverviewFilter filter, String... extra) {
        var builder = UriComponentsBuilder.fromPath(path);
        add(builder, "forvaltning", filter.departmentId());
        add(
                builder,
                "organisation",
                filter.organisationId() == null ? null : filter.organisationId().toString());
        add(builder, "distrikt", filter.districtId());
        add(builder, "fran", filter.from() == null ? null : filter.from().toString());
        add(builder, "till", filter.to() == null ? null : filter.to().toString());
        for (int i = 0; i + 1 < extra.length; i += 2) {
            add(builder, extra[i], extra[i + 1]);
        }
        return builder.build().encode().toUriString();
    }

    /** The link with the department set to {@code departmentId}, the other parameters kept. */
    public static String forDepartment(String link, String departmentId) {
        return UriComponentsBuilder.fromUriString(link)
                .replaceQueryParam("forvaltning", departmentId)
                .build(true)
                .toUriString();
    }

    /** The same address as a CSV file: the path gets {@code .csv}, the query stays. */
    public static String csv(String link) {
        var builder = UriComponentsBuilder.fromUriString(link);
        var components = builder.build(true);
        return builder.replacePath(components.getPath() + ".csv").build(true).toUriString();
    }

    private static void add(UriComponentsBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value);
        }
    }
}
