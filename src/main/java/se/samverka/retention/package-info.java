/**
 * Retention (gallring): every night the rows whose retention period is over are removed, category by category, in
 * small batches, each category applying its own decision reference (gallringsbeslut). The module that owns a table
 * contributes a {@link se.samverka.retention.RetentionCategory} for it, so this module never touches another
 * module's tables. Each run is recorded per category, and counts of what was removed are kept as aggregates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package se.samverka.retention;
