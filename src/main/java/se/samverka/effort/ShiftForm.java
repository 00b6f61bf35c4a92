package se.samverka.effort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Language;

/**
 * A shift or role as typed; numbers stay strings so that a wrong one is shown back as written.
 * {@code repeatWeeks} adds that many weekly repetitions after the first (0 for a one-off).
 */
record ShiftForm(
        @NotBlank(message = "{effort.shift.title.required}") @Size(max = 200, message = "{effort.shift.title.tooLong}")
        String title,

        @NotNull(message = "{effort.shift.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull(message = "{effort.shift.timeFrom.required}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime timeFrom,

        @NotNull(message = "{effort.shift.timeTo.required}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime timeTo,

        @NotBlank(message = "{effort.shift.place.required}") @Size(max = 200, message = "{effort.shift.place.tooLong}")
        String place,

        @NotBlank(message = "{effort.shift.district.required}")
        String districtId,

        @NotBlank(message = "{effort.shift.min.required}")
        @Pattern(regexp = "^\\s*\\d{1,3}\\s*$", message = "{effort.shift.min.number}")
        String minVolunteers,

        @NotBlank(message = "{effort.shift.max.required}")
        @Pattern(regexp = "^\\s*\\d{1,3}\\s*$", message = "{effort.shift.max.number}")
        String maxVolunteers,

        Set<HelpKind> kinds,
        String language,
        Boolean adultOnly,
        @NotNull(message = "{effort.shift.mode.required}") SignupMode mode,

        @Pattern(regexp = "^\\s*\\d{0,2}\\s*$", message = "{effort.shift.repeat.number}")
        String repeatWeeks,

        @Pattern(regexp = "^[012]?$", message = "{effort.shift.safeguarding.invalid}")
        String safeguardingLevel) {

    /** The safeguarding levels a shift may require. */
    static final List<String> SAFEGUARDING_LEVELS = List.of("0", "1", "2");

    static final int MAX_REPEAT = 26;

    ShiftForm {
        kinds = kinds == null
                ? new LinkedHashSet<>()
                : kinds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static ShiftForm empty(LocalDate date, String districtId) {
        return new ShiftForm(
                "",
                date,
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                "",
                districtId,
                "1",
                "2",
                Set.of(),
                "",
                false,
                SignupMode.INSTANT,
                "0",
                "0");
    }

    int min() {
        return Integer.parseInt(minVolunteers.strip());
    }

    int max() {
        return Integer.parseInt(maxVolunteers.strip());
    }

    int repeat() {
        return repeatWeeks == null || repeatWeeks.isBlank() ? 0 : Integer.parseInt(repeatWeeks.strip());
    }

    /** The rules that need the clock, the districts or the effort's other shifts. */
    void check(
            Errors errors,
            Instant now,
            ZoneId zone,
            Effort effort,
            Predicate<String> knownDistrict,
            Predicate<HelpKind> offeredKind,
            Overlap overlap) {
        checkWhenAndSize(errors, date, timeFrom, timeTo, now, zone, effort, this::min);
        if (!errors.hasFieldErrors("minVolunteers") && !errors.hasFieldErrors("maxVolunteers") && max() < min()) {
            errors.rejectValue("maxVolunteers", "effort.shift.max.belowMin");
        }
        if (!errors.hasFieldErrors("districtId") && !knownDistrict.test(districtId)) {
            errors.rejectValue("districtId", "effort.shift.district.required");
        }
        if (kinds.isEmpty()) {
            errors.rejectValue("kinds", "effort.shift.kinds.required");
        } else if (!errors.hasFieldErrors("kinds") && !kinds.stream().allMatch(offeredKind)) {
            errors.rejectValue("kinds", "effort.shift.kinds.unknown");
        }
        if (language != null && !language.isBlank() && !Language.isKnown(language)) {
            errors.rejectValue("language", "effort.shift.language.unknown");
        }
        if (!errors.hasFieldErrors("repeatWeeks") && repeat() > MAX_REPEAT) {
            errors.rejectValue("repeatWeeks", "effort.shift.repeat.number");
        } else if (!errors.hasFieldErrors("repeatWeeks")
                && !errors.hasFieldErrors("date")
                && date != null
                && date.plusWeeks(repeat()).isAfter(effort.periodEnd())) {
            errors.rejectValue(
                    "repeatWeeks",
                    "effort.shift.repeat.outsidePeriod",
                    new Object[] {effort.periodEnd().toString()},
                    null);
        }
        if (!errors.hasFieldErrors("date")
                && !errors.hasFieldErrors("timeTo")
                && !errors.hasFieldErrors("place")
                && !errors.hasFieldErrors("repeatWeeks")
                && timeFrom != null
                && timeTo != null) {
            for (int week = 0; week <= repeat(); week++) {
                if (overlap.test(place, date.plusWeeks(week), timeFrom, timeTo)) {
                    errors.rejectValue("timeFrom", "effort.shift.overlap");
                    break;
                }
            }
        }
    }

    /** Whether another shift of the effort at the place overlaps the time. */
    interface Overlap {
        boolean test(String place, LocalDate date, LocalTime from, LocalTime to);
    }

    Shift toShift(UUID effortId) {
        return new Shift(
                null,
                effortId,
                title.strip(),
                date,
                timeFrom,
                timeTo,
                place.strip(),
                districtId,
                min(),
                max(),
                language == null || language.isBlank() ? null : language,
                Boolean.TRUE.equals(adultOnly),
                mode,
                false,
                0,
                new ArrayList<>(kinds),
                safeguardingLevel == null || safeguardingLevel.isBlank() ? 0 : Integer.parseInt(safeguardingLevel));
    }

    /**
     * The rules a new shift and a changed one share: it starts in the future, within the effort's period, ends after
     * it starts, and needs at least one person ({@code min} is read only when its field
     * has no error of its own).
     */
    static void checkWhenAndSize(
            Errors errors,
            LocalDate date,
            LocalTime timeFrom,
            LocalTime timeTo,
            Instant now,
            ZoneId zone,
            Effort effort,
            IntSupplier min) {
        if (date != null
                && timeFrom != null
                && !date.atTime(timeFrom).atZone(zone).toInstant().isAfter(now)) {
            errors.rejectValue("date", "effort.shift.date.past");
        }
        if (!errors.hasFieldErrors("date")
                && date != null
                && (date.isBefore(effort.periodStart()) || date.isAfter(effort.periodEnd()))) {
            errors.rejectValue(
                    "date",
                    "effort.shift.date.outsidePeriod",
                    new Object[] {
                        effort.periodStart().toString(), effort.periodEnd().toString()
                    },
                    null);
        }
        if (timeFrom != null && timeTo != null && !timeTo.isAfter(timeFrom)) {
            errors.rejectValue("timeTo", "effort.shift.timeTo.beforeFrom");
        }
        if (!errors.hasFieldErrors("minVolunteers") && min.getAsInt() < 1) {
            errors.rejectValue("minVolunteers", "effort.shift.min.number");
        }
    }
}
