/** Web plumbing shared by every page: layout, language, error pages and the start page. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "municipality"})
package se.samverka.web;
