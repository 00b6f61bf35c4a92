package se.samverka.api;

import java.util.UUID;

/** Who calls the API with a key: the organisation the key belongs to, and which key. */
record ApiClient(UUID organisationId, UUID keyId) {}
