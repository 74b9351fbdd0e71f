package org.qualityloop.models;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Role;
import org.qualityloop.process.TaskCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

/**
 * Process models from import to deployment: an administrator imports a file (each process in it becomes one import,
 * refused with its reasons or waiting for approval), a supervisor of the bureau it applies to approves or refuses it
 * (never the person who imported it), and only then is it deployed: as a new version of a stage, or as a stage variant
 * for a bureau and every bureau below it. Versions are listed with who brought and approved each and the cases running
 * on it; an earlier version is put back by importing it again, approval and all.
 */
@Service
public class ProcessModels {

    public enum Status { REFUSED, PENDING, DEPLOYED, REJECTED }

    /** One import of one process. */
    public record Import(UUID id, String fileName, String sourceEntry, String format, String processKey, String stage,
                         String bureauCode, String deployKey, Status status, List<ModelFinding> findings,
                         String importedBy, Instant importedAt, String decidedBy, Instant decidedAt,
                         String decisionNote, Integer version, String restores, String definitionId) {

        public boolean isVariant() {
            return bureauCode != null;
        }
    }

    /** A deployed version of a process key, with the people behind it and the cases on it. */
    public record Version(String key, int version, String definitionId, Instant deployedAt, String source,
                          String importedBy, String approvedBy, UUID importId, long runningInstances, boolean inForce) {
    }

    /** The import as the approver sees it: the report, the diagram, and what changes against the version in force. */
    public record Preview(Import model, String svg, List<ModelShape.Change> changes, Version inForce) {
    }

    static final String DEPLOYMENT_SOURCE = "qualityloop-models";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ServiceRules rules;
    private final StageVariants variants;
    private final TaskCatalog catalog;
    private final Bureaus bureaus;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final org.springframework.context.MessageSource messages;

    ProcessModels(JdbcClient jdbc, RepositoryService repository, RuntimeService runtime, ServiceRules rules,
                  StageVariants variants, TaskCatalog catalog, Bureaus bureaus, AuditTrail audit, BusinessClock clock,
                  org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.repository = repository;
        this.runtime = runtime;
        this.rules = rules;
        this.variants = variants;
        this.catalog = catalog;
        this.bureaus = bureaus;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reads the file and keeps one import per process in it, each refused or waiting for approval; a file that cannot
     * be read at all is refused as a whole ({@code file}), with nothing stored.
     */
    @Transactional
    public List<Import> importFile(Actor actor, String fileName, byte[] content, String bureauCode) {
        requireAdministrator(actor);
        String bureau = bureauCode == null || bureauCode.isBlank() ? null : bureauCode.trim();
        if (bureau != null && !bureaus.exists(bureau)) {
            throw new InvalidInputException(new FieldErrors().reject("bureau", "models.bureau.unknown", bureau));
        }
        List<FlowableModels.Source> sources;
        try {
            sources = FlowableModels.read(fileName, content);
        } catch (FlowableModels.Unreadable e) {
            throw new InvalidInputException(new FieldErrors().reject("file", e.messageKey, e.detail));
        }
        List<Import> imports = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (FlowableModels.Source source : sources) {
            pending.add(map(source, bureau, null));
        }
        Set<String> brought = pending.stream().map(p -> p.processKey).collect(Collectors.toSet());
        for (Pending p : pending) {
            imports.add(store(actor, fileName, p, brought));
        }
        audit.record(actor.username(), AuditAction.ADMINISTRATION_CHANGED, "model-import:" + fileName, null, true,
                imports.stream().map(i -> i.deployKey() + "=" + i.status()).collect(Collectors.joining(", ")));
        return imports;
    }

    /** What the mapping made of one source, before the checks against the service. */
    private static final class Pending {
        String entry;
        String format;
        String processKey = "";
        String deployKey = "";
        String bureau;
        String xml;
        BpmnModelInstance model;
        Process process;
        String restores;
        final List<ModelFinding> findings = new ArrayList<>();
    }

    private Pending map(FlowableModels.Source source, String bureau, String restores) {
        Pending p = new Pending();
        p.entry = source.entry();
        p.format = source.format();
        p.bureau = bureau;
        p.restores = restores;
        Document document;
        try {
            document = CamundaMapping.parse(source.xml());
        } catch (SAXParseException e) {
            boolean unsafe = e.getMessage() != null && e.getMessage().contains("DOCTYPE");
            p.findings.add(ModelFinding.refused("", "", unsafe ? "models.finding.refused.unsafeXml"
                    : "models.finding.refused.malformed", "line " + e.getLineNumber() + ": " + e.getMessage()));
            return p;
        } catch (Exception e) {
            p.findings.add(ModelFinding.refused("", "", "models.finding.refused.malformed", String.valueOf(e.getMessage())));
            return p;
        }
        CamundaMapping.Result mapped = CamundaMapping.toCamunda(document, "qualityloop-" + clock.now().toEpochMilli());
        p.findings.addAll(mapped.findings());
        if (mapped.processIds().size() > 1) {
            p.findings.add(ModelFinding.refused("", "", "models.finding.refused.severalProcesses",
                    String.join(", ", mapped.processIds())));
        }
        if (mapped.processIds().isEmpty() || mapped.xml() == null) {
            return p;
        }
        String fileKey = mapped.processIds().get(0);
        p.processKey = stageOf(fileKey);
        if (!fileKey.equals(p.processKey)) {
            p.findings.add(ModelFinding.changed(fileKey, "", "models.finding.changed.variantKey", fileKey, p.processKey));
        }
        p.deployKey = bureau == null ? p.processKey : p.processKey + "-" + bureau;
        try {
            p.model = Bpmn.readModelFromStream(new ByteArrayInputStream(mapped.xml().getBytes(StandardCharsets.UTF_8)));
            p.process = p.model.getModelElementById(fileKey);
            if (!fileKey.equals(p.deployKey)) {
                rename(p.model, p.process, p.deployKey);
            }
            p.xml = Bpmn.convertToString(p.model);
        } catch (RuntimeException e) {
            p.findings.add(ModelFinding.refused(p.processKey, "", "models.finding.refused.invalidBpmn", e.getMessage()));
            p.model = null;
        }
        if (bureau != null && MAIN_PROCESS.equals(p.processKey)) {
            p.findings.add(ModelFinding.refused(p.processKey, "", "models.finding.refused.mainVariant"));
        }
        return p;
    }

    /**
     * The stage a process key stands for: a model exported from a variant keeps the variant's key
     * ({@code rectification-370983}), and is the rectification stage again when it comes back.
     */
    static String stageOf(String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+)-\\d{6}").matcher(key);
        return !ServiceRules.STAGES.containsKey(key) && m.matches() && ServiceRules.STAGES.containsKey(m.group(1))
                ? m.group(1) : key;
    }

    private static final String MAIN_PROCESS = org.qualityloop.process.Bpmn.Process.POST_PROCESSING;

    /** A variant runs under a key of its own (rectification-370983), so the standard stage stays the latest of its key. */
    private static void rename(BpmnModelInstance model, Process process, String key) {
        String old = process.getId();
        process.setId(key);
        for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
            if (plane.getBpmnElement() == null || old.equals(plane.getBpmnElement().getId())) {
                plane.setBpmnElement(process);
            }
        }
    }

    private Import store(Actor actor, String fileName, Pending p, Set<String> brought) {
        if (p.model != null && p.findings.stream().noneMatch(ModelFinding::refused)) {
            // the rules read the stage by its standard key: the variant is checked as the stage it stands for
            String variantKey = p.process.getId();
            p.process.setId(p.processKey);
            p.findings.addAll(rules.check(p.model, p.process, brought));
            p.process.setId(variantKey);
        }
        Status status = p.findings.stream().anyMatch(ModelFinding::refused) ? Status.REFUSED : Status.PENDING;
        UUID id = UUID.randomUUID();
        String stage = ServiceRules.STAGES.getOrDefault(p.processKey, "");
        jdbc.sql("""
                insert into process_model_import (id, file_name, source_entry, source_format, process_key, stage,
                  bureau_code, deploy_key, camunda_xml, report, status, imported_by, imported_at, restores)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, cut(fileName, 255), cut(p.entry, 255), p.format, cut(p.processKey, 64), stage, p.bureau,
                        cut(p.deployKey, 64), p.xml, report(p.findings),
                        status.name(), actor.username(), Timestamp.from(clock.now()), p.restores)
                .update();
        return find(id).orElseThrow();
    }

    /** Approves and deploys, or refuses; only a supervisor of the bureau the model applies to, never its importer. */
    @Transactional
    public Import decide(Actor actor, UUID id, boolean approve, String note) {
        Import model = lock(id);
        requireApprover(actor, model);
        if (model.status() != Status.PENDING) {
            throw new InvalidInputException(new FieldErrors().reject("decision", "models.decision.notPending",
                    model.status().name()));
        }
        if (!approve && (note == null || note.isBlank())) {
            throw new InvalidInputException(new FieldErrors().reject("note", "models.decision.reasonRequired"));
        }
        Instant now = clock.now();
        if (!approve) {
            jdbc.sql("update process_model_import set status = ?, decided_by = ?, decided_at = ?, decision_note = ? where id = ?")
                    .params(Status.REJECTED.name(), actor.username(), Timestamp.from(now), cut(note, 1000), id).update();
            audit.record(actor.username(), AuditAction.ADMINISTRATION_CHANGED, "model-rejected:" + model.deployKey(),
                    null, true, note);
            return find(id).orElseThrow();
        }
        String xml = jdbc.sql("select camunda_xml from process_model_import where id = ?").param(id)
                .query(String.class).single();
        // checked again: a bean, a form or a deadline rule may have gone since the import
        BpmnModelInstance instance = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Process process = instance.getModelElementById(model.deployKey());
        process.setId(model.processKey());
        List<ModelFinding> again = rules.check(instance, process, Set.of());
        process.setId(model.deployKey());
        if (!again.isEmpty()) {
            List<ModelFinding> all = new ArrayList<>(model.findings());
            all.addAll(again);
            jdbc.sql("update process_model_import set status = ?, report = ?, decided_by = ?, decided_at = ?, decision_note = ? where id = ?")
                    .params(Status.REFUSED.name(), report(all), actor.username(), Timestamp.from(now),
                            cut(note, 1000), id).update();
            return find(id).orElseThrow();
        }
        Deployment deployment = repository.createDeployment().name(model.deployKey()).source(DEPLOYMENT_SOURCE)
                .addString(model.deployKey() + ".bpmn", xml).deploy();
        ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .singleResult();
        jdbc.sql("""
                update process_model_import set status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
                  deployment_id = ?, definition_id = ?, version = ? where id = ?""")
                .params(Status.DEPLOYED.name(), actor.username(), Timestamp.from(now), cut(note, 1000),
                        deployment.getId(), definition.getId(), definition.getVersion(), id).update();
        if (model.isVariant()) {
            variants.put(model.processKey(), model.bureauCode(), model.deployKey(), id, now);
        }
        catalog.refresh();
        audit.record(actor.username(), AuditAction.ADMINISTRATION_CHANGED, "model-deployed:" + model.deployKey()
                + ":" + definition.getVersion(), null, true, "import " + id + " by " + model.importedBy());
        return find(id).orElseThrow();
    }

    /** An earlier version put back in force: imported again from what was deployed, and approved like any import. */
    @Transactional
    public Import restore(Actor actor, String key, int version) {
        requireAdministrator(actor);
        ProcessDefinition definition = definition(key, version);
        String xml = xml(definition);
        Import origin = jdbc.sql(SELECT + " where definition_id = ?").param(definition.getId()).query(this::row)
                .optional().orElse(null);
        String bureau = origin == null ? null : origin.bureauCode();
        Pending p = map(new FlowableModels.Source(key + "-v" + version + ".bpmn", "xml",
                xml.getBytes(StandardCharsets.UTF_8)), bureau, definition.getId());
        Import restored = store(actor, key + " v" + version, p, Set.of());
        audit.record(actor.username(), AuditAction.ADMINISTRATION_CHANGED, "model-restore:" + key + ":" + version,
                null, true, String.valueOf(restored.id()));
        return restored;
    }

    public Optional<Import> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    private Import lock(UUID id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(this::row).optional()
                .orElseThrow(() -> new ModelNotFoundException(id.toString()));
    }

    /** The latest imports first; a supervisor sees those of the bureaus in scope (and the province's standard ones). */
    public List<Import> imports(Actor actor, int limit) {
        List<Import> all = jdbc.sql(SELECT + " order by imported_at desc").query(this::row).list();
        return all.stream().filter(i -> mayRead(actor, i)).limit(limit).toList();
    }

    public Preview preview(Actor actor, UUID id) {
        Import model = find(id).orElseThrow(() -> new ModelNotFoundException(id.toString()));
        if (!mayRead(actor, model)) {
            throw new AccessDeniedException("Not in scope");
        }
        String xml = jdbc.sql("select camunda_xml from process_model_import where id = ?").param(id)
                .query(String.class).optional().orElse(null);
        if (xml == null) {
            return new Preview(model, null, List.of(), null);
        }
        BpmnModelInstance proposed;
        try {
            proposed = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException unreadable) {
            return new Preview(model, null, List.of(), null);
        }
        Version inForce = inForce(model);
        Map<String, String> current = inForce == null ? Map.of()
                : ModelShape.of(repository.getBpmnModelInstance(inForce.definitionId()));
        List<ModelShape.Change> changes = ModelShape.compare(current, ModelShape.of(proposed));
        Set<String> marked = changes.stream().filter(c -> c.after() != null).map(ModelShape.Change::id)
                .collect(Collectors.toSet());
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return new Preview(model, ModelDiagram.svg(proposed, marked, due -> {
            org.qualityloop.calendar.Step step = ServiceRules.step(due);
            return step == null ? "" : messages.getMessage(step.messageKey(), null, step.name(), locale);
        }), changes, inForce);
    }

    /** What the import would replace: the variant of that bureau if there is one, else the standard stage. */
    private Version inForce(Import model) {
        String key = model.deployKey();
        if (model.status() == Status.DEPLOYED && model.version() != null) {
            return versionsOf(key).stream().filter(v -> v.version() < model.version()).findFirst()
                    .or(() -> versionsOf(model.processKey()).stream().findFirst()).orElse(null);
        }
        return versionsOf(key).stream().findFirst().or(() -> versionsOf(model.processKey()).stream().findFirst())
                .orElse(null);
    }

    /** Every process key with its versions, newest first. */
    public Map<String, List<Version>> versions() {
        Map<String, List<Version>> byKey = new LinkedHashMap<>();
        List<String> keys = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).sorted(Comparator.comparing((String k) -> !ServiceRules.STAGES.containsKey(k))
                        .thenComparing(Comparator.naturalOrder())).toList();
        for (String key : keys) {
            byKey.put(key, versionsOf(key));
        }
        return byKey;
    }

    public List<Version> versionsOf(String key) {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().desc().list();
        if (definitions.isEmpty()) {
            return List.of();
        }
        Map<String, Import> byDefinition = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where deploy_key = ? and definition_id is not null").param(key).query(this::row).list()
                .forEach(i -> byDefinition.put(i.definitionId(), i));
        List<Version> versions = new ArrayList<>();
        int latest = definitions.get(0).getVersion();
        for (ProcessDefinition d : definitions) {
            Deployment deployment = repository.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
            Import origin = byDefinition.get(d.getId());
            versions.add(new Version(key, d.getVersion(), d.getId(),
                    deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant(),
                    deployment.getSource(), origin == null ? null : origin.importedBy(),
                    origin == null ? null : origin.decidedBy(), origin == null ? null : origin.id(),
                    runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count(),
                    d.getVersion() == latest));
        }
        return versions;
    }

    public String bpmn(String key, int version) {
        return xml(definition(key, version));
    }

    public ObjectNode modelerJson(String key, int version) {
        return FlowableModels.toModelerJson(bpmn(key, version));
    }

    private ProcessDefinition definition(String key, int version) {
        ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (d == null) {
            throw new ModelNotFoundException(key + " v" + version);
        }
        return d;
    }

    private String xml(ProcessDefinition d) {
        try (var in = repository.getResourceAsStream(d.getDeploymentId(), d.getResourceName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Deployed model unreadable: " + d.getId(), e);
        }
    }

    /** Whether this actor may approve it: a supervisor of the bureau it applies to (the province for a standard stage). */
    public boolean mayApprove(Actor actor, Import model) {
        if (!actor.is(Role.SUPERVISOR) || actor.username().equals(model.importedBy())) {
            return false;
        }
        if (model.isVariant()) {
            return actor.bureaus().contains(model.bureauCode());
        }
        return bureaus.find(actor.bureauCode()).map(b -> b.parentCode() == null).orElse(false);
    }

    private void requireApprover(Actor actor, Import model) {
        if (actor.username().equals(model.importedBy())) {
            throw new AccessDeniedException("Four eyes: the importer cannot approve");
        }
        if (!mayApprove(actor, model)) {
            throw new AccessDeniedException("Not a supervisor of the bureau the model applies to");
        }
    }

    private boolean mayRead(Actor actor, Import model) {
        if (actor.is(Role.ADMIN)) {
            return true;
        }
        if (!actor.is(Role.SUPERVISOR)) {
            return false;
        }
        return model.isVariant() ? actor.bureaus().contains(model.bureauCode())
                : bureaus.find(actor.bureauCode()).map(b -> b.parentCode() == null).orElse(false);
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new AccessDeniedException("Models are imported by the system administrator");
        }
    }

    private static final String SELECT = """
            select id, file_name, source_entry, source_format, process_key, stage, bureau_code, deploy_key, status,
              report, imported_by, imported_at, decided_by, decided_at, decision_note, version, restores,
              definition_id
            from process_model_import""";

    private Import row(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        Integer version = rs.getObject("version") == null ? null : rs.getInt("version");
        return new Import(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("source_entry"),
                rs.getString("source_format"), rs.getString("process_key"), rs.getString("stage"),
                rs.getString("bureau_code"), rs.getString("deploy_key"), Status.valueOf(rs.getString("status")),
                findings(rs.getString("report")), rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("decision_note"),
                version, rs.getString("restores"), rs.getString("definition_id"));
    }

    private static String report(List<ModelFinding> findings) {
        try {
            return JSON.writeValueAsString(findings);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ModelFinding> findings(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<ModelFinding>>() { });
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable import report", e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
