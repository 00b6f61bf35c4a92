package se.samverka.consent;

import se.samverka.shared.PersonRef;

/** A person withdrew a consent; the module holding the data for that purpose stops using it. */
public record ConsentWithdrawn(PersonRef person, ConsentPurpose purpose) {}
