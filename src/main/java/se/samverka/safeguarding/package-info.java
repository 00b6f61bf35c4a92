/**
 * Safeguarding: the level of trust a task needs and the checks a volunteer has passed. Level 0 is a confirmed
 * e-mail address, level 1 adds an identity document checked in person by staff and the current
 * confidentiality pledge (tystnadslöfte), level 2 also a criminal-records extract sighted within its validity.
 * Staff record only that a check was made, by whom, when and until when, never the extract or its contents.
 * The level a kind of help needs is configured under samverka.safeguarding.level.*; a shift may require its
 * own. A help request marked risk group does not raise the level: the mark is about the resident's health,
 * doorstep errands stay at the door, and a coordinator who wants more picks a volunteer by hand.
 * {@link se.samverka.safeguarding.Safeguarding} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "helpkind", "account", "volunteer", "audit", "privacy"})
package se.samverka.safeguarding;
