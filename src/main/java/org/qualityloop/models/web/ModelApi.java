package org.qualityloop.models.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.models.ModelFinding;
import org.qualityloop.models.ProcessModels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The process models for integrators: {@code POST /api/v1/admin/models/imports} (multipart {@code file}, optional
 * {@code bureau}) → 201 with one import per process and its report in the caller's language; the approval by a
 * second person; the versions; each version as BPMN XML and as Flowable Modeler JSON.
 */
@RestController
class ModelApi {

    /** An approval or refusal. */
    record Decision(boolean approved, String note) {
    }

    private final ProcessModels models;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    ModelApi(ProcessModels models, CurrentActor currentActor, MessageSource messages) {
        this.models = models;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @Operation(summary = "Import a Flowable Modeler JSON model, a Flowable app zip or BPMN XML; each process is checked and waits for approval")
    @PostMapping(path = "/api/v1/admin/models/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<Map<String, Object>>> importFile(@RequestParam(required = false) MultipartFile file,
                                                         @RequestParam(required = false) String bureau) throws IOException {
        Actor actor = currentActor.require(Role.ADMIN);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(new FieldErrors().reject("file", "models.file.required"));
        }
        List<ProcessModels.Import> imports = models.importFile(actor, file.getOriginalFilename(), file.getBytes(), bureau);
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.stream().map(this::body).toList());
    }

    @Operation(summary = "An import with its report element by element")
    @GetMapping("/api/v1/admin/models/imports/{id}")
    Map<String, Object> get(@PathVariable UUID id) {
        Map<String, Object> body = body(models.preview(reader(), id).model());
        body.put("changes", models.preview(reader(), id).changes());
        return body;
    }

    @Operation(summary = "Approve (deploy) or refuse an import: a supervisor of the bureau it applies to, not the importer")
    @PostMapping("/api/v1/admin/models/imports/{id}/decision")
    Map<String, Object> decide(@PathVariable UUID id, @RequestBody Decision decision) {
        return body(models.decide(currentActor.require(Role.SUPERVISOR), id, decision.approved(), decision.note()));
    }

    @Operation(summary = "Every deployed process with its versions, who imported and approved each, and the cases running on it")
    @GetMapping("/api/v1/admin/models")
    Map<String, List<ProcessModels.Version>> versions() {
        reader();
        return models.versions();
    }

    @Operation(summary = "A deployed version as BPMN 2.0 XML (Camunda)")
    @GetMapping(path = "/api/v1/admin/models/{key}/versions/{version}/bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> bpmn(@PathVariable String key, @PathVariable int version) {
        reader();
        return ModelController.download(models.bpmn(key, version).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                key + "-v" + version + ".bpmn", MediaType.APPLICATION_XML);
    }

    @Operation(summary = "A deployed version as Flowable Modeler JSON, to open, change and bring back")
    @GetMapping(path = "/api/v1/admin/models/{key}/versions/{version}/flowable-json", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode flowableJson(@PathVariable String key, @PathVariable int version) {
        reader();
        return models.modelerJson(key, version);
    }

    @Operation(summary = "Put an earlier version back in force: imported again, waiting for approval")
    @PostMapping("/api/v1/admin/models/{key}/versions/{version}/restore")
    ResponseEntity<Map<String, Object>> restore(@PathVariable String key, @PathVariable int version) {
        return ResponseEntity.status(HttpStatus.CREATED).body(body(models.restore(currentActor.require(Role.ADMIN), key, version)));
    }

    private Map<String, Object> body(ProcessModels.Import i) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", i.id());
        body.put("file", i.fileName());
        body.put("entry", i.sourceEntry());
        body.put("format", i.format());
        body.put("processKey", i.processKey());
        body.put("deployKey", i.deployKey());
        body.put("bureau", i.bureauCode());
        body.put("status", i.status());
        body.put("importedBy", i.importedBy());
        body.put("importedAt", i.importedAt());
        body.put("decidedBy", i.decidedBy());
        body.put("decidedAt", i.decidedAt());
        body.put("note", i.decisionNote());
        body.put("version", i.version());
        body.put("report", i.findings().stream().map(f -> finding(f, locale)).toList());
        return body;
    }

    private Map<String, Object> finding(ModelFinding f, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("element", f.elementId());
        body.put("name", f.elementName());
        body.put("verdict", f.verdict());
        body.put("message", messages.getMessage(f.messageKey(), f.args().toArray(), f.messageKey(), locale));
        return body;
    }

    private Actor reader() {
        return ModelController.reader(currentActor);
    }
}
