/**
 * Imports of the municipality's earlier lists: associations into the organisation register, volunteers, who are
 * invited by e-mail to confirm and consent, and members of resource groups (people already in the volunteer
 * register). A file is checked into staged rows, previewed, and written by a background job once an administrator
 * confirms. {@link se.samverka.registerimport.RegisterImports} is the module's
 * service.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "organisation",
            "volunteer",
            "district",
            "helpkind",
            "audit",
            "retention",
            "resourcegroup"
        })
package se.samverka.registerimport;
