package se.samverka.overview;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import se.samverka.district.Districts;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;

/**
 * Reads the overview's filter form for the overview and every list behind it. A part that is not valid is reported
 * next to its field and left out, so the page still shows everything else.
 */
@Service
public class OverviewFilters {

    private final Departments departments;
    private final Organisations organisations;
    private final Districts districts;

    OverviewFilters(Departments departments, Organisations organisations, Districts districts) {
        this.departments = departments;
        this.organisations = organisations;
        this.districts = districts;
    }

    /** The filter the form asks for, each invalid part rejected on {@code errors} and left out. */
    public OverviewFilter read(OverviewForm form, Errors errors) {
        var department = blankToNull(form.forvaltning());
        if (department != null && departments.find(department).isEmpty()) {
            errors.rejectValue("forvaltning", "overview.filter.department.unknown");
            department = null;
        }
        var organisation = organisation(form.organisation());
        if (blankToNull(form.organisation()) != null && organisation == null) {
            errors.rejectValue("organisation", "overview.filter.organisation.unknown");
        }
        var district = blankToNull(form.distrikt());
        if (district != null && !districts.exists(district)) {
            errors.rejectValue("distrikt", "overview.filter.district.unknown");
            district = null;
        }
        var from = date(form.fran(), "fran", errors);
        var to = date(form.till(), "till", errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.rejectValue("till", "overview.filter.to.beforeFrom");
            from = null;
            to = null;
        }
        return new OverviewFilter(department, organisation, district, from, to);
    }

    /** The choices of the filter form: active departments, approved organisations and districts. */
    public void addOptions(Model model) {
        model.addAttribute("overviewDepartments", departments.active());
        model.addAttribute("overviewOrganisations", organisations.approved());
        model.addAttribute("overviewDistricts", districts.all());
    }

    private UUID organisation(String value) {
        var text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            var id = UUID.fromString(text);
            return organisations
                    .find(id)
                    .filter(Organisation::isApproved)
                    .map(Organisation::id)
                    .orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value, String field, Errors errors) {
        var text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "overview.filter.date.invalid");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
