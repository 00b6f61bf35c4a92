package se.samverka.overview;

/**
 * The overview's filter as typed in the GET form; the names are the query parameters, so every link and bookmark
 * carries them. {@link OverviewFilters#read} checks it and turns it into an {@link OverviewFilter}.
 *
 * @param forvaltning a department id
 * @param organisation an approved organisation's id
 * @param distrikt a district id
 * @param fran the period's first day, yyyy-mm-dd
 * @param till the period's last day, yyyy-mm-dd
 */
public record OverviewForm(String forvaltning, String organisation, String distrikt, String fran, String till) {}
