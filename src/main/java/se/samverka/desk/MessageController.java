package se.samverka.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invitations to an onboarding meeting and messages for the volunteers selected in the register, in three steps that
 * work without JavaScript: write (from the selection), preview (who gets it, and who does not and why), send.
 */
@Controller
class MessageController {

    static final String PATH = RegisterFilter.PATH + "/meddelande";

    private final MessageReach reach;
    private final VolunteerMessages messages;
    private final Clock clock;

    MessageController(MessageReach reach, VolunteerMessages messages, Clock clock) {
        this.reach = reach;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping(PATH)
    String write(
            @ModelAttribute("message") MessageForm form,
            BindingResult ignored,
            Model model,
            RedirectAttributes redirect) {
        var ids = RegisterController.parseIds(form.ids());
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("flash", "desk.idcheck.noneSelected");
            return "redirect:" + form.safeBack();
        }
        var clean = new MessageForm(
                ids.stream().map(UUID::toString).toList(),
                form.kind(),
                form.subject(),
                form.body(),
                form.meetingOn(),
                form.meetingAt(),
                form.place(),
                null,
                form.safeBack());
        model.addAttribute("message", clean);
        return page(clean, model);
    }

    @PostMapping(PATH + "/forhandsgranska")
    String preview(
            @ModelAttribute("message") MessageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var ids = RegisterController.parseIds(form.ids());
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("flash", "desk.idcheck.noneSelected");
            return "redirect:" + form.safeBack();
        }
        form.validate(result, LocalDate.now(clock));
        if (result.hasErrors()) {
            return page(form, model);
        }
        model.addAttribute("reach", reach.of(ids));
        model.addAttribute("messageId", UUID.randomUUID());
        return "desk/message-preview";
    }

    @PostMapping(PATH + "/skicka")
    String send(
            @ModelAttribute("message") MessageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var ids = RegisterController.parseIds(form.ids());
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("flash", "desk.idcheck.noneSelected");
            return "redirect:" + form.safeBack();
        }
        form.validate(result, LocalDate.now(clock));
        if (result.hasErrors()) {
            return page(form, model);
        }
        var sent = messages.send(messageId(form), ids, form);
        redirect.addFlashAttribute(
                "flash", form.kind() == MessageKind.INVITATION ? "desk.message.invited" : "desk.message.sent");
        redirect.addFlashAttribute("flashCount", sent.recipients().size());
        redirect.addFlashAttribute("messageNotReached", sent.excluded().size());
        return "redirect:" + form.safeBack();
    }

    private static UUID messageId(MessageForm form) {
        try {
            return UUID.fromString(form.messageId());
        } catch (RuntimeException e) {
            return UUID.randomUUID();
        }
    }

    private String page(MessageForm form, Model model) {
        model.addAttribute(
                "selectedCount", RegisterController.parseIds(form.ids()).size());
        model.addAttribute("bodyMax", MessageForm.BODY_MAX);
        return "desk/message";
    }
}
