package se.samverka.resourcegroup;

import java.time.Instant;
import java.util.UUID;

/** A trained group of volunteers; {@code members} is how many it has. */
public record ResourceGroup(UUID id, String name, GroupKind kind, String description, Instant createdAt, int members) {}
