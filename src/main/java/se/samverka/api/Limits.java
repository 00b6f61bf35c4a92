package se.samverka.api;

/** Page sizes of the API's lists. */
final class Limits {

    static final int DEFAULT = 20;

    static final int MAX = 100;

    private Limits() {}

    static int of(Integer limit) {
        if (limit == null) {
            return DEFAULT;
        }
        if (limit < 1 || limit > MAX) {
            throw new ApiProblems.BadParameters("limit", "must be between 1 and " + MAX);
        }
        return limit;
    }
}
