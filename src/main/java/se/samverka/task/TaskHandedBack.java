package se.samverka.task;

import java.util.UUID;

/** The assignee handed a task back; it is in the queue again and coordinators must be told. */
public record TaskHandedBack(
        UUID assignmentId, UUID requestId, long requestNumber, String volunteerName, String reason) {}
