package se.samverka.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator names a department, places it in the list and may deactivate it. */
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

    boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    int sortOrderValue() {
        return Integer.parseInt(sortOrder.strip());
    }
}
