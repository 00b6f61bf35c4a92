package se.samverka.helprequest;

import java.util.UUID;

/**
 * A coordinator closed a request before it was done: cancelled, or nobody could help. Open offers are no
 * longer needed and an assignee, if any ({@code previousStatus} ASSIGNED), must be told not to come.
 */
public record HelpRequestClosed(
        UUID requestId, long number, HelpRequestStatus status, HelpRequestStatus previousStatus) {}
