package se.samverka.matching;

/** PENDING until the volunteer answers; TAKEN when someone else got the task; WITHDRAWN when it was closed. */
enum OfferStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    TAKEN,
    WITHDRAWN
}
