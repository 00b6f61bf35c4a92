/**
 * Safety points (trygghetspunkter, issue 17 point 4): places the public can go to in a crisis, kept by coordinators
 * (address, opening hours, capacity, open/full/closed), staffed through an effort's shifts, with volunteers checking
 * in and out at the place by a poster's QR code. {@link se.samverka.safetypoint.SafetyPoints} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "audit", "district", "effort", "volunteer", "privacy", "situation"})
package se.samverka.safetypoint;
