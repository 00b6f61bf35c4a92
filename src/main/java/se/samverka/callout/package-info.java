/**
 * Call-outs: whom Samverka asks for a need, chosen in memory from all volunteers by the contact rules
 * (eligible, within their budget, outside their quiet hours, nearest and least recently asked first), or hand-picked
 * by a coordinator and held to the same rules. The only asking engine and the only rule set: one ask table, one
 * token scheme, one answer page.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "district", "volunteer", "safeguarding", "privacy"})
package se.samverka.callout;
