package se.samverka.collaboration;

import java.util.UUID;

/** A document kept elsewhere (the diary, an intranet), linked by its address: always http or https. */
record DocumentLink(UUID id, String title, String url) {}
