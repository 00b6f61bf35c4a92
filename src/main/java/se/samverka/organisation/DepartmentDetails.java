package se.samverka.organisation;

/** What an administrator sets for a department: its name, its place in the list and whether it can be chosen. */
record DepartmentDetails(String name, int sortOrder, boolean active) {

    DepartmentDetails {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("A department name of 1 to 200 characters");
        }
        if (sortOrder < 0 || sortOrder > 9999) {
            throw new IllegalArgumentException("A sort order from 0 to 9999");
        }
    }
}
