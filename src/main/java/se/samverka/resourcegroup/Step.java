package se.samverka.resourcegroup;

/** What a member who comes reports, in order: on the way, there (check-in), done (check-out). */
enum Step {
    ON_WAY("pa-vag"),
    CHECK_IN("framme"),
    CHECK_OUT("klar");

    private final String path;

    Step(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    String messageKey() {
        return "resourcegroup.step." + name();
    }
}
