package se.samverka.task;

/**
 * One visible reason for a volunteer's place in the ranked list: a message key and its argument. The list is in
 * the order a call-out asks (the district before its neighbours, then least recently asked), so the parts say why,
 * without points to add up.
 */
record ScorePart(String messageKey, Object argument) {}
