package org.qualityloop.penalty.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.exports.Export;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.penalty.PenaltyPublicity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /penalties/publicity}: the penalty decisions to make public on the enterprise credit publicity system, with
 * their fields and deadlines, exportable for the system's import; the day each was made public recorded.
 */
@Controller
class PublicityPages {

    static final Form FORM = Form.of(FormField.plainDate("publicizedOn"));

    private final PenaltyPublicity publicity;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final MessageSource messages;

    PublicityPages(PenaltyPublicity publicity, CurrentActor currentActor, FormPages forms, MessageSource messages) {
        this.publicity = publicity;
        this.currentActor = currentActor;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/penalties/publicity")
    String list(Model model) {
        return page(new FieldErrors(), null, model);
    }

    @PostMapping("/penalties/publicity/{caseId}")
    String publicized(@PathVariable UUID caseId, @RequestParam Map<String, String> params, Model model) {
        return FORM.submit(params, v -> {
            publicity.publicized(currentActor.get(), caseId, v.date("publicizedOn"));
            return "redirect:/penalties/publicity";
        }, (typed, errors) -> page(errors, caseId, model));
    }

    @GetMapping("/penalties/publicity/export")
    void export(@RequestParam(defaultValue = "XLSX") Export.Format format, Locale locale, HttpServletResponse response)
            throws IOException {
        List<PenaltyPublicity.Entry> entries = publicity.list(currentActor.get());
        List<String> headers = List.of("publicity.col.decisionNo", "publicity.col.party", "publicity.col.uscc",
                "publicity.col.violation", "publicity.col.penalty", "publicity.col.body", "publicity.col.decidedOn",
                "publicity.col.dueOn", "publicity.col.publicizedOn").stream()
                .map(key -> messages.getMessage(key, null, locale)).toList();
        Export.write(response, format, "penalty-publicity", headers, row -> entries.forEach(e -> row.accept(List.<Object>of(
                e.decisionNo(), e.party(), e.uscc(), e.violation(), e.penalty(), e.body(), String.valueOf(e.decidedOn()),
                e.dueOn() == null ? "" : e.dueOn().toString(), e.publicizedOn() == null ? "" : e.publicizedOn().toString()))));
    }

    private String page(FieldErrors errors, UUID failedCase, Model model) {
        model.addAttribute("entries", publicity.list(currentActor.get()));
        model.addAttribute("error", forms.message(errors, "publicizedOn"));
        model.addAttribute("failedCase", failedCase);
        return "penalty/publicity";
    }
}
