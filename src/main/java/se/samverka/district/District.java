package se.samverka.district;

import java.util.Set;

/**
 * A district (locality) with its centroid in SWEREF 99 TM metres and its neighbours. Neighbours follow
 * roads and ferries: on islands a straight line misleads.
 */
public record District(
        String id, String name, double easting, double northing, int sortOrder, Set<String> neighbourIds) {

    public boolean neighbours(String otherId) {
        return neighbourIds.contains(otherId);
    }

    /** Straight-line distance in metres between two centroids. */
    public double distanceTo(District other) {
        return Math.hypot(easting - other.easting, northing - other.northing);
    }
}
