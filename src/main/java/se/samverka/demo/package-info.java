/**
 * Demo data for the run command's embedded database: districts are in the migrations; this adds one login per
 * role, volunteers and open requests. Never runs against anything but the embedded H2 database.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "account", "volunteer", "helprequest", "matching" })
package se.samverka.demo;
