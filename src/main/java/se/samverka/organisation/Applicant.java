package se.samverka.organisation;

import se.samverka.shared.EmailAddress;

/** Who applies for an organisation: they become its first admin and contact person, with a representative login. */
record Applicant(String name, EmailAddress email) {

    Applicant {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new IllegalArgumentException("contactName");
        }
        if (email == null) {
            throw new IllegalArgumentException("contactEmail");
        }
    }
}
