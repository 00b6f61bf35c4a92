package se.samverka.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator names a department, places it in the list and may deactivate it. The order stays text so that
 * a wrong one is shown back exactly as it was written with a 200 (a field of a number type would make it a
 * binding failure, which web's InvalidFormValues answers with 400).
 */
record DepartmentForm(
        @NotBlank(message = "{organisation.department.name.required}")
        @Size(max = 200, message = "{organisation.department.name.tooLong}")
        String name,

        @NotBlank(message = "{organisation.department.sortOrder.required}")
        @Pattern(regexp = "^\\s*\\d{1,4}\\s*$", message = "{organisation.department.sortOrder.range}")
        String sortOrder,

        Boolean active) {

    static DepartmentForm empty() {
        return new DepartmentForm("", "100", true);
    }

    static DepartmentForm of(Department department) {
        return new DepartmentForm(department.name(), String.valueOf(department.sortOrder()), department.active());
    }

    /** The checked values; call only when validation passed. */
    DepartmentDetails details() {
        return new DepartmentDetails(name, Integer.parseInt(sortOrder.strip()), Boolean.TRUE.equals(active));
    }
}
