package org.qualityloop.models.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormPages;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.models.ProcessModels;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/models}: the system administrator imports a province's model and puts an earlier version back; a
 * supervisor of the bureau it applies to reads the report, the diagram and the comparison and approves or refuses it.
 * Both see the deployed versions with who brought and approved each and the cases running on it.
 */
@Controller
class ModelController {

    static final Form IMPORT = Form.of(FormField.text("bureau").optional());
    static final Form DECISION = Form.of(FormField.longText("note").optional());

    private final ProcessModels models;
    private final CurrentActor currentActor;
    private final FormPages forms;
    private final Bureaus bureaus;
    private final BusinessClock clock;

    ModelController(ProcessModels models, CurrentActor currentActor, FormPages forms, Bureaus bureaus, BusinessClock clock) {
        this.models = models;
        this.currentActor = currentActor;
        this.forms = forms;
        this.bureaus = bureaus;
        this.clock = clock;
    }

    @GetMapping("/admin/models")
    String list(Model model) {
        return page(Map.of(), new FieldErrors(), reader(), model);
    }

    @PostMapping("/admin/models/imports")
    String importFile(@RequestParam Map<String, String> params,
                      @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                      RedirectAttributes redirect) throws IOException {
        Actor actor = currentActor.require(Role.ADMIN);
        Map<String, String> typed = IMPORT.typed(params);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(new FieldErrors().reject("file", "models.file.required"));
            }
            List<ProcessModels.Import> imports = models.importFile(actor, file.getOriginalFilename(), file.getBytes(),
                    typed.get("bureau"));
            redirect.addFlashAttribute("imported", imports.size());
            return "redirect:/admin/models/imports/" + imports.get(0).id();
        } catch (InvalidInputException e) {
            return page(typed, e.errors(), actor, model);
        }
    }

    @GetMapping("/admin/models/imports/{id}")
    String preview(@PathVariable UUID id, Model model) {
        Actor actor = reader();
        ProcessModels.Preview preview = models.preview(actor, id);
        model.addAttribute("preview", preview);
        model.addAttribute("m", preview.model());
        model.addAttribute("mayDecide", preview.model().status() == ProcessModels.Status.PENDING
                && models.mayApprove(actor, preview.model()));
        model.addAttribute("ownImport", actor.username().equals(preview.model().importedBy()));
        model.addAttribute("fields", forms.fields("models", DECISION, Map.of(), new FieldErrors()));
        model.addAttribute("bureauNames", bureaus.names());
        model.addAttribute("zone", clock.zone());
        return "admin/model-import";
    }

    @PostMapping("/admin/models/imports/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Actor actor = currentActor.require(Role.SUPERVISOR);
        boolean approve = "approve".equals(params.get("decision"));
        try {
            ProcessModels.Import decided = models.decide(actor, id, approve, params.get("note"));
            // the session is stored in the database: flash plain values
            redirect.addFlashAttribute("decidedStatus", decided.status().name());
            redirect.addFlashAttribute("decidedVersion", decided.version() == null ? "" : decided.version().toString());
            return "redirect:/admin/models/imports/" + id;
        } catch (InvalidInputException e) {
            String result = preview(id, model);
            model.addAttribute("fields", forms.fields("models", DECISION, DECISION.typed(params), e.errors()));
            model.addAttribute("problems", forms.messages(e.errors()).values());
            return result;
        }
    }

    @PostMapping("/admin/models/{key}/versions/{version}/restore")
    String restore(@PathVariable String key, @PathVariable int version, RedirectAttributes redirect) {
        ProcessModels.Import restored = models.restore(currentActor.require(Role.ADMIN), key, version);
        redirect.addFlashAttribute("restoredVersion", version);
        return "redirect:/admin/models/imports/" + restored.id();
    }

    @GetMapping("/admin/models/{key}/versions/{version}.bpmn")
    ResponseEntity<byte[]> bpmn(@PathVariable String key, @PathVariable int version) {
        reader();
        return download(models.bpmn(key, version).getBytes(StandardCharsets.UTF_8), key + "-v" + version + ".bpmn",
                MediaType.APPLICATION_XML);
    }

    @GetMapping("/admin/models/{key}/versions/{version}.json")
    ResponseEntity<byte[]> json(@PathVariable String key, @PathVariable int version) {
        reader();
        return download(models.modelerJson(key, version).toPrettyString().getBytes(StandardCharsets.UTF_8),
                key + "-v" + version + ".json", MediaType.APPLICATION_JSON);
    }

    static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name,
                        StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private String page(Map<String, String> typed, FieldErrors errors, Actor actor, Model model) {
        model.addAttribute("versions", models.versions());
        model.addAttribute("imports", models.imports(actor, 50));
        model.addAttribute("isAdmin", actor.is(Role.ADMIN));
        model.addAttribute("fields", forms.fields("models", IMPORT, typed, errors));
        model.addAttribute("problems", errors.all().stream().filter(e -> e.field().equals("file"))
                .map(e -> forms.message(errors, "file")).distinct().toList());
        model.addAttribute("hasErrors", errors.hasErrors());
        model.addAttribute("bureauNames", bureaus.names());
        model.addAttribute("zone", clock.zone());
        return "admin/models";
    }

    private Actor reader() {
        return reader(currentActor);
    }

    /** Administrators and supervisors read models; nobody else. */
    static Actor reader(CurrentActor currentActor) {
        Actor actor = currentActor.get();
        if (!actor.is(Role.ADMIN) && !actor.is(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Process models are for administrators and supervisors");
        }
        return actor;
    }
}
