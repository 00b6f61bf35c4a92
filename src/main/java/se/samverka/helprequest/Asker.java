package se.samverka.helprequest;

/** Who fills in the form: the person who needs help, or someone on their behalf (a relative, home-care staff). */
enum Asker {
    SELF,
    ON_BEHALF
}
