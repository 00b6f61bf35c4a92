package se.samverka.referral;

import se.samverka.helprequest.HelpRequest;
import se.samverka.shared.PhoneNumber;

/**
 * The resident's mobile number, when the phone number of the request is one: the resident is then told by SMS who
 * took the request, otherwise the coordinator calls them.
 */
final class ResidentMobile {

    private ResidentMobile() {}

    /** The number in E.164, or null when it is no mobile number. */
    static String of(HelpRequest request) {
        try {
            return PhoneNumber.mobile(request.residentPhone().e164()).e164();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
