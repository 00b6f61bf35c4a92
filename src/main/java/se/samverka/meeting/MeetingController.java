package se.samverka.meeting;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.organisation.Department;
import se.samverka.organisation.Departments;
import se.samverka.shared.NotFoundException;

/** The organisers' meeting pages: the list, a new meeting, changing it, and the calendar file. */
@Controller
@RequestMapping("/samverkan/moten")
class MeetingController {

    private final Meetings meetings;
    private final Departments departments;
    private final MeetingPage page;
    private final Validator validator;

    MeetingController(Meetings meetings, Departments departments, MeetingPage page, Validator validator) {
        this.validator = validator;
        this.meetings = meetings;
        this.departments = departments;
        this.page = page;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String held,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        MeetingKind kindValue = null;
        try {
            kindValue = kind == null || kind.isBlank() ? null : MeetingKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            // an unknown kind filters nothing
        }
        var heldValue = "true".equals(held) ? Boolean.TRUE : "false".equals(held) ? Boolean.FALSE : null;
        var departmentValue = department != null && departments.find(department).isPresent() ? department : null;
        var filter = new Meetings.Filter(kindValue, heldValue, departmentValue, date(from), date(to));
        model.addAttribute("meetings", meetings.list(filter, page));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("departments", departments.active());
        model.addAttribute("selectedKind", kindValue == null ? "" : kindValue.name());
        model.addAttribute("selectedHeld", heldValue == null ? "" : heldValue.toString());
        model.addAttribute("selectedDepartment", departmentValue == null ? "" : departmentValue);
        model.addAttribute(
                "selectedFrom", filter.from() == null ? "" : filter.from().toString());
        model.addAttribute("selectedTo", filter.to() == null ? "" : filter.to().toString());
        model.addAttribute("now", meetings.now());
        return "meeting/list";
    }

    @GetMapping("/ny")
    String newMeeting(Model model) {
        return form(model, MeetingForm.empty(), null);
    }

    @PostMapping("/ny")
    String create(
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        afterBindingFailure(form, result);
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        UUID id;
        try {
            id = meetings.create(form.details(), user.username());
        } catch (MeetingRefused refused) {
            reject(refused, result);
            return form(model, form, null);
        }
        redirect.addFlashAttribute("flash", "meeting.created");
        return "redirect:/samverkan/moten/" + id;
    }

    @GetMapping("/{meetingId}")
    String show(@PathVariable UUID meetingId, Model model) {
        return page.show(meeting(meetingId), model);
    }

    @GetMapping("/{meetingId}/andra")
    String edit(@PathVariable UUID meetingId, Model model) {
        var meeting = meeting(meetingId);
        return form(model, MeetingForm.of(meeting), meeting);
    }

    @PostMapping("/{meetingId}/andra")
    String update(
            @PathVariable UUID meetingId,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var meeting = meeting(meetingId);
        afterBindingFailure(form, result);
        if (result.hasErrors()) {
            return form(model, form, meeting);
        }
        try {
            meetings.update(meetingId, form.details());
        } catch (MeetingRefused refused) {
            reject(refused, result);
            return form(model, form, meeting);
        }
        redirect.addFlashAttribute("flash", "meeting.updated");
        return "redirect:/samverkan/moten/" + meetingId;
    }

    @GetMapping(value = "/{meetingId}/kalender.ics")
    ResponseEntity<byte[]> calendar(@PathVariable UUID meetingId) {
        var meeting = meeting(meetingId);
        return calendarFile(meeting, MeetingCalendar.of(meeting, meetings.now(), null));
    }

    static ResponseEntity<byte[]> calendarFile(Meeting meeting, String ics) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mote-" + meeting.id() + ".ics")
                                .build()
                                .toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    private Meeting meeting(UUID id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("Meeting"));
    }

    /**
     * After a value that does not convert, Spring skips validating the form; every other field's problems (and the
     * rules across fields, {@link ConsistentMeeting}) still belong next to their fields, all at once.
     */
    private void afterBindingFailure(MeetingForm form, BindingResult result) {
        if (result.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
            return;
        }
        for (var violation : validator.validate(form)) {
            var field = violation.getPropertyPath().toString();
            if (!result.hasFieldErrors(field)) {
                var annotation = violation.getConstraintDescriptor().getAnnotation();
                Object value = violation.getInvalidValue();
                if (annotation instanceof ConsistentMeeting) {
                    value = switch (field) {
                        case "endTime" -> form.endTime();
                        case "place" -> form.place();
                        default -> form.capacity();
                    };
                }
                reject(result, field, value, annotation.annotationType().getSimpleName(), violation.getMessage());
            }
        }
    }

    /**
     * A field error that also works when a value did not convert: Spring then keeps the typed values but no form
     * behind the result, so {@code rejectValue} cannot read the field.
     */
    private static void reject(BindingResult result, String field, Object value, String code, String message) {
        result.addError(new FieldError(
                result.getObjectName(), field, value, false, result.resolveMessageCodes(code, field), null, message));
    }

    /** What the module refused, next to the field it belongs to. */
    private static void reject(MeetingRefused refused, BindingResult result) {
        if (refused.reasons().contains(MeetingRefused.Reason.START_IN_PAST)) {
            result.rejectValue("date", "meeting.field.date.past");
        }
        if (refused.reasons().contains(MeetingRefused.Reason.CAPACITY_BELOW_TAKEN)) {
            result.rejectValue("capacity", "meeting.field.capacity.belowTaken", new Object[] {refused.taken()}, null);
        }
        if (refused.reasons().contains(MeetingRefused.Reason.ORGANISER_UNKNOWN)) {
            result.rejectValue("organiser", "meeting.field.organiser.required");
        }
    }

    private String form(Model model, MeetingForm form, Meeting meeting) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("organisers", organiserOptions());
        return "meeting/form";
    }

    private List<OwnerOption> organiserOptions() {
        var options = new ArrayList<OwnerOption>();
        options.add(new OwnerOption(MeetingForm.IDEA_LAB, null));
        for (Department d : departments.active()) {
            options.add(new OwnerOption(d.id(), d.name()));
        }
        return options;
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
