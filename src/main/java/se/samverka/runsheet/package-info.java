/**
 * The coordinators' run sheet: one day in one district on paper, who goes where and when, from the tasks
 * assigned to volunteers (task) and the shift sign-ups of efforts. It owns no tables.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "district", "task", "helprequest", "effort"})
package se.samverka.runsheet;
