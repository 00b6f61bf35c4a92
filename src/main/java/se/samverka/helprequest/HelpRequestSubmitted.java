package se.samverka.helprequest;

import java.util.UUID;
import se.samverka.shared.HelpKind;

/** A new request came in, from the web or by phone. */
public record HelpRequestSubmitted(UUID requestId, long number, String districtId, HelpKind kind, Channel channel) {}
