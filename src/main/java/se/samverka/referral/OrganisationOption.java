package se.samverka.referral;

/** An approved organisation to refer to; {@code inDistrict}: it works in the request's district. */
public record OrganisationOption(String id, String name, boolean inDistrict) {}
