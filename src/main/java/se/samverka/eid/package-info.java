/**
 * e-ID for volunteers through an OIDC broker (BankID, Freja eID+): a signed-in volunteer verifies their identity,
 * which records the safeguarding "ID checked" and links the identity to the account as a keyed hash (never the
 * personnummer), so that a second account with the same identity is refused and a linked volunteer may sign in with
 * e-ID. The redirect flow itself runs in the account module, which calls {@link se.samverka.account.OidcParty}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "volunteer", "safeguarding", "audit", "privacy"})
package se.samverka.eid;
