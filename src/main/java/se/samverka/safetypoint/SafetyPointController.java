package se.samverka.safetypoint;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.district.Districts;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;
import se.samverka.shared.QrCode;

/**
 * One safety point for coordinators: its facts, today's shifts and how full they are, who is there now and hours per
 * person (a read of volunteers' data, audited), a one-click status change (closing is confirmed first) and the poster.
 */
@Controller
@RequestMapping(SafetyPointFormController.PATH + "/{safetyPointId}")
class SafetyPointController {

    static final String PURPOSE = "volunteer.coordination";

    private final SafetyPoints points;
    private final CheckIns checkIns;
    private final Districts districts;
    private final AuditLog audit;
    private final Clock clock;

    SafetyPointController(SafetyPoints points, CheckIns checkIns, Districts districts, AuditLog audit, Clock clock) {
        this.points = points;
        this.checkIns = checkIns;
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable UUID safetyPointId, Model model) {
        var point = point(safetyPointId);
        var all = checkIns.all(safetyPointId);
        if (!all.isEmpty()) {
            audit.recordAll(
                    AuditAction.VIEW,
                    all.stream()
                            .map(c -> PersonRef.volunteer(c.volunteerId()))
                            .distinct()
                            .toList(),
                    PURPOSE,
                    "safety point presence: name, check-in and check-out times, hours");
        }
        model.addAttribute("point", point);
        model.addAttribute("districtName", DistrictNames.of(districts).getOrDefault(point.districtId(), ""));
        model.addAttribute("effort", points.effort(point).orElse(null));
        model.addAttribute("shifts", points.shiftsToday(point));
        model.addAttribute("present", checkIns.present(all));
        model.addAttribute("hours", checkIns.hours(all));
        model.addAttribute("zone", clock.getZone());
        return "safetypoint/point";
    }

    /** Open or full in one click; closing goes through the confirmation page. */
    @PostMapping("/status")
    String status(
            @PathVariable UUID safetyPointId,
            @RequestParam(required = false) String status,
            RedirectAttributes redirect) {
        point(safetyPointId);
        if ("OPEN".equals(status) || "FULL".equals(status)) {
            points.changeStatus(safetyPointId, SafetyPointStatus.valueOf(status));
            redirect.addFlashAttribute("flash", "safetypoint.flash.status." + status);
            return "redirect:" + SafetyPointFormController.PATH + "/" + safetyPointId;
        }
        return "redirect:" + SafetyPointFormController.PATH + "/" + safetyPointId + "/stang";
    }

    @GetMapping("/stang")
    String closeConfirmation(@PathVariable UUID safetyPointId, Model model) {
        model.addAttribute("point", point(safetyPointId));
        return "safetypoint/close";
    }

    @PostMapping("/stang")
    String close(@PathVariable UUID safetyPointId, RedirectAttributes redirect) {
        point(safetyPointId);
        points.changeStatus(safetyPointId, SafetyPointStatus.CLOSED);
        redirect.addFlashAttribute("flash", "safetypoint.flash.status.CLOSED");
        return "redirect:" + SafetyPointFormController.PATH + "/" + safetyPointId;
    }

    /** An A4 poster with a QR code to the check-in page; the link starts with the configured base address. */
    @GetMapping("/affisch")
    String poster(@PathVariable UUID safetyPointId, Model model) {
        var point = point(safetyPointId);
        var link = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/trygghetspunkter/{id}/checka-in")
                .buildAndExpand(point.id())
                .toUriString();
        model.addAttribute("point", point);
        model.addAttribute("districtName", DistrictNames.of(districts).getOrDefault(point.districtId(), ""));
        model.addAttribute("code", QrCode.of(link));
        return "safetypoint/poster";
    }

    private SafetyPoint point(UUID id) {
        return points.find(id).orElseThrow(() -> new NotFoundException("SafetyPoint"));
    }
}
