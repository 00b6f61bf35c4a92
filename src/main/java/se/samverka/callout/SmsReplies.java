package se.samverka.callout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.samverka.shared.SmsAnswer;
import se.samverka.shared.SmsReplyReceived;
import se.samverka.volunteer.Volunteers;

/**
 * Links an SMS reply to the call-out it answers: the sender's newest SMS ask. JA takes the place while the
 * need is open; after it was filled the volunteer gets a polite thank-you instead. Replies that say neither
 * yes nor no stay in the inbox for a person to read.
 */
@Component
class SmsReplies {

	private static final Logger log = LoggerFactory.getLogger(SmsReplies.class);

	private final Volunteers volunteers;
	private final Callouts callouts;

	SmsReplies(Volunteers volunteers, Callouts callouts) {
		this.volunteers = volunteers;
		this.callouts = callouts;
	}

	@ApplicationModuleListener
	void on(SmsReplyReceived reply) {
		if (reply.answer() == SmsAnswer.UNKNOWN) {
			log.info("SMS reply {} says neither yes nor no; left for a coordinator", reply.inboundId());
			return;
		}
		var yes = reply.answer() == SmsAnswer.YES;
		for (var volunteer : volunteers.byPhone(reply.fromE164())) {
			var result = callouts.answerBySms(volunteer.id(), yes);
			if (result.isPresent()) {
				log.info("SMS reply {} answered a call-out: {}", reply.inboundId(), result.get());
				return;
			}
		}
		log.info("SMS reply {} matches no call-out ask", reply.inboundId());
	}
}
