package org.qualityloop.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.exports.Export;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.intake.ImportStatus;
import org.qualityloop.intake.IntakeImports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /intake/import}: a sheet of results uploaded, previewed row by row with each problem in words, committed;
 * the page follows the background work with a progress bar (refreshing itself, no script needed), and the rejected
 * rows download as a workbook with an error column, to be fixed and imported again.
 */
@Controller
class ImportPages {

    static final Form FORM = Form.of(FormField.text("plan").max(200).optional(), FormField.text("category").max(100).optional());
    static final int SHOWN_ROWS = 500;

    private final IntakeImports imports;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final MessageSource messages;

    ImportPages(IntakeImports imports, CurrentActor currentActor, FormPages forms, MessageSource messages) {
        this.imports = imports;
        this.currentActor = currentActor;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/intake/import")
    String form(Model model) {
        return page(Map.of(), new FieldErrors(), model);
    }

    @PostMapping("/intake/import")
    String upload(@RequestParam Map<String, String> params, @RequestParam(required = false) MultipartFile file,
                  Model model) throws IOException {
        Actor actor = currentActor.get();
        return FORM.submit(params, v -> {
            try {
                UUID id = imports.upload(actor, file == null ? null : file.getOriginalFilename(),
                        file == null ? null : file.getBytes(), v.text("plan"), v.text("category"));
                return "redirect:/intake/imports/" + id;
            } catch (IOException e) {
                throw new InvalidInputException(new FieldErrors().reject("file", "import.unreadable"));
            }
        }, (typed, errors) -> page(typed, errors, model));
    }

    @GetMapping("/intake/imports/{id}")
    String status(@PathVariable UUID id, Model model, HttpServletResponse response) {
        Actor actor = currentActor.get();
        IntakeImports.Summary summary = imports.of(actor, id);
        boolean working = summary.status() == ImportStatus.READING || summary.status() == ImportStatus.COMMITTING;
        if (working) {
            response.setHeader("Refresh", "2");
        }
        model.addAttribute("summary", summary);
        model.addAttribute("working", working);
        model.addAttribute("percent", summary.rows() == 0 ? 0 : Math.min(100, 100 * summary.processed()
                / Math.max(1, summary.status() == ImportStatus.COMMITTING ? summary.accepted() : summary.rows())));
        model.addAttribute("problems", imports.rows(actor, id, true, SHOWN_ROWS));
        model.addAttribute("failure", imports.failure(summary));
        return "intake/importStatus";
    }

    @PostMapping("/intake/imports/{id}/commit")
    String commit(@PathVariable UUID id) {
        imports.commit(currentActor.get(), id);
        return "redirect:/intake/imports/" + id;
    }

    /** The rows not registered, as uploaded, with what is wrong in a last column: to fix and import again. */
    @GetMapping("/intake/imports/{id}/rejected.xlsx")
    void rejected(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
        Actor actor = currentActor.get();
        List<String> headers = new ArrayList<>(imports.headers(actor, id));
        int columns = headers.size();
        headers.add(messages.getMessage("import.errorColumn", null, locale));
        List<IntakeImports.ImportedRow> rows = imports.rows(actor, id, true, Integer.MAX_VALUE);
        Export.write(response, Export.Format.XLSX, "rejected-rows", headers, out -> rows.forEach(row -> {
            List<Object> cells = new ArrayList<>(row.cells());
            while (cells.size() < columns) {
                cells.add("");
            }
            cells.add(String.join("；", row.problems().stream().map(p -> p.column() + "："
                    + messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)).toList()));
            out.accept(cells.subList(0, columns + 1));
        }));
    }

    private String page(Map<String, String> typed, FieldErrors errors, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("fields", forms.fields("import", FORM, typed, errors));
        model.addAttribute("fileError", forms.message(errors, "file"));
        model.addAttribute("hasErrors", errors.hasErrors());
        model.addAttribute("recent", imports.recent(actor));
        return "intake/import";
    }
}
