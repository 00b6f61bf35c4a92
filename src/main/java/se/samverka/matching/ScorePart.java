package se.samverka.matching;

/** One visible part of a suggestion's score: a message key, its argument and the points it gives. */
record ScorePart(String messageKey, Object argument, int points) {}
