/**
 * Onboarding: where each volunteer stands on the way from sign-up to ready (e-mail confirmed, identity checked if
 * the kinds of help they offer need it, pledge accepted), counted per step for the coordinators' start page, and
 * one reminder per volunteer and step to those who have stood still too long. It keeps its own small table of the
 * facts that decide the step, updated from the volunteer and safeguarding modules' events, so the counts are one
 * grouped query. {@link se.samverka.onboarding.Onboarding} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "volunteer", "safeguarding", "helprequest"})
package se.samverka.onboarding;
