/**
 * Imports of the municipality's earlier lists: associations into the organisation register and volunteers, who are
 * invited by e-mail to confirm and consent. A file is checked into staged rows, previewed, and written by a
 * background job once an administrator confirms. {@link se.samverka.registerimport.RegisterImports} is the module's
 * service.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organisation", "volunteer", "district", "helpkind", "audit", "retention"})
package se.samverka.registerimport;
