package se.samverka.helprequest;

/** How the resident pays, always after delivery. Volunteers never handle bank cards or PIN codes. */
public enum PaymentMethod {
    INVOICE,
    SWISH,
    CASH
}
