/**
 * Running Samverka: who may read the actuator endpoints (a scraper's bearer token, administrators), and the
 * platform's own gauges such as the scheduler's lag. Health checks and metrics of the business live in the
 * modules they describe; see docs/operations.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package se.samverka.operations;
