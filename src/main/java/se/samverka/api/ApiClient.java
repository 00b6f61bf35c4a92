package se.samverka.api;

import java.util.UUID;

/** Who calls the API with a key: the organisation the key belongs to, and which key (its name for histories). */
record ApiClient(UUID organisationId, UUID keyId, String keyName) {

    /** How the audit log and a request's history name the caller: the key, never a person. */
    @Override
    public String toString() {
        return "api-key:" + keyId;
    }

    /** The actor a referral's or request's history shows. */
    String actor() {
        return "API (" + keyName + ")";
    }
}
