package se.samverka.notification;

/** What a reply to a call-out SMS says: yes, no, or something a person has to read. */
public enum SmsAnswer {
	YES, NO, UNKNOWN;

	/** Reads a reply; see {@link SmsAnswerParser}. */
	public static SmsAnswer of(String text) {
		return SmsAnswerParser.parse(text);
	}
}
