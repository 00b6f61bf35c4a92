/**
 * The kinds of help (handling, skjuts, snöskottning ...) as data: administrators add, rename, order and retire them,
 * each with the safeguarding level it needs; every name a kind has had is kept. Other modules name a kind by its
 * {@link se.samverka.shared.HelpKind} code and ask {@link se.samverka.helpkind.HelpKinds} for the active ones.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package se.samverka.helpkind;
