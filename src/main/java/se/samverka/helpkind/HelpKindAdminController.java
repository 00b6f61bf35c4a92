package se.samverka.helpkind;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.shared.HelpKind;
import se.samverka.shared.NotFoundException;

/** Administrators keep the kinds of help: add, rename, order, set the safeguarding level, retire and restore. */
@Controller
@RequestMapping("/admin/hjalpformer")
class HelpKindAdminController {

    private static final String LIST = "redirect:/admin/hjalpformer";

    private final HelpKinds kinds;
    private final HelpKindCommands commands;

    HelpKindAdminController(HelpKinds kinds, HelpKindCommands commands) {
        this.kinds = kinds;
        this.commands = commands;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("kinds", kinds.all());
        return "helpkind/list";
    }

    @GetMapping("/ny")
    String newForm(Model model) {
        return form(model, null, KindForm.empty());
    }

    @GetMapping("/{kindCode}")
    String editForm(@PathVariable String kindCode, Model model) {
        var kind = existing(kindCode);
        return form(model, kind, KindForm.of(kind));
    }

    @PostMapping("/ny")
    String add(
            @Valid @ModelAttribute("form") KindForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                commands.add(form.nameSv().strip(), form.nameEn().strip(), form.code(), form.level());
                redirect.addFlashAttribute("flash", "helpkind.flash.added");
                return LIST;
            } catch (HelpKindCommands.DuplicateName e) {
                result.rejectValue(e.field(), "helpkind.name.taken");
            } catch (HelpKindCommands.DuplicateCode e) {
                result.rejectValue("code", "helpkind.code.taken");
            }
        }
        return form(model, null, form);
    }

    @PostMapping("/{kindCode}")
    String save(
            @PathVariable String kindCode,
            @Valid @ModelAttribute("form") KindForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var kind = existing(kindCode);
        if (!result.hasErrors()) {
            try {
                commands.rename(
                        kind.kind(), form.nameSv().strip(), form.nameEn().strip());
                commands.setSafeguardingLevel(kind.kind(), form.level());
                redirect.addFlashAttribute("flash", "helpkind.flash.saved");
                return LIST;
            } catch (HelpKindCommands.DuplicateName e) {
                result.rejectValue(e.field(), "helpkind.name.taken");
            }
        }
        return form(model, kind, form);
    }

    @PostMapping("/{kindCode}/upp")
    String up(@PathVariable String kindCode) {
        commands.move(existing(kindCode).kind(), true);
        return LIST;
    }

    @PostMapping("/{kindCode}/ned")
    String down(@PathVariable String kindCode) {
        commands.move(existing(kindCode).kind(), false);
        return LIST;
    }

    @GetMapping({"/{kindCode}/pensionera", "/{kindCode}/aterta"})
    String confirm(@PathVariable String kindCode, Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("kind", existing(kindCode));
        model.addAttribute("retire", request.getRequestURI().endsWith("/pensionera"));
        return "helpkind/confirm";
    }

    @PostMapping("/{kindCode}/pensionera")
    String retire(@PathVariable String kindCode, RedirectAttributes redirect) {
        commands.retire(existing(kindCode).kind());
        redirect.addFlashAttribute("flash", "helpkind.flash.retired");
        return LIST;
    }

    @PostMapping("/{kindCode}/aterta")
    String restore(@PathVariable String kindCode, RedirectAttributes redirect) {
        commands.restore(existing(kindCode).kind());
        redirect.addFlashAttribute("flash", "helpkind.flash.restored");
        return LIST;
    }

    private KindOfHelp existing(String code) {
        if (!HelpKind.isCode(code)) {
            throw new NotFoundException("Kind of help");
        }
        return kinds.find(HelpKind.valueOf(code)).orElseThrow(() -> new NotFoundException("Kind of help"));
    }

    private String form(Model model, KindOfHelp kind, KindForm form) {
        // after a failed post the bound form (with its errors and rejected values) is in the model already
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("levels", KindForm.LEVELS);
        return "helpkind/form";
    }
}
