package se.samverka.privacy;

import java.util.List;
import se.samverka.shared.PersonRef;

/**
 * A person who asked for erasure was erased; published synchronously inside the erasing transaction so the
 * receipt is queued in the outbox without the address being kept in the event publication log. The outbox
 * erases the receipt's address and text as soon as it is sent.
 *
 * @param person who was erased
 * @param email where the receipt goes
 * @param language sv or en
 * @param kept message keys of what was kept and why
 */
public record PersonErased(PersonRef person, String email, String language, List<String> kept) {}
