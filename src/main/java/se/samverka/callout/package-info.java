/**
 * Call-outs: whom Samverka asks for a need, chosen in memory from all volunteers by the contact rules
 * (eligible, within their budget, outside their quiet hours, nearest and least recently asked first).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "district", "volunteer", "safeguarding", "privacy"})
package se.samverka.callout;
