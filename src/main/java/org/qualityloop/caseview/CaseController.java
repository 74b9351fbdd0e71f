package org.qualityloop.caseview;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.Documents;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.process.TaskQueries;
import org.qualityloop.process.TaskView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/cases/{id}}: the case file as the API shows it, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

    private final CaseAccess access;
    private final AuditTrail audit;
    private final CaseDeadlines deadlines;
    private final CaseEvents events;
    private final Documents documents;
    private final TaskQueries tasks;
    private final CurrentActor currentActor;
    private final PartyView partyView;
    private final Bureaus bureaus;

    CaseController(CaseAccess access, CaseDeadlines deadlines, CaseEvents events, Documents documents,
                   TaskQueries tasks, CurrentActor currentActor, PartyView partyView, Bureaus bureaus, AuditTrail audit) {
        this.audit = audit;
        this.partyView = partyView;
        this.bureaus = bureaus;
        this.access = access;
        this.deadlines = deadlines;
        this.events = events;
        this.documents = documents;
        this.tasks = tasks;
        this.currentActor = currentActor;
    }

    @Operation(summary = "A case file within your scope: particulars, deadlines, events, documents, open tasks")
    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable UUID id) {
        org.qualityloop.identity.Actor actor = currentActor.get();
        CaseFile c = access.visible(actor, id);
        audit.record(actor.username(), AuditAction.CASE_READ, c.caseNo(), c.id());
        boolean party = PartyView.applies(actor);
        CaseFile.Intake in = c.intake();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", c.id());
        body.put("caseNo", c.caseNo());
        body.put("reportNo", in.reportNo());
        body.put("status", c.status());
        body.put("stage", c.stage());
        // how the bureau classified the case is its internal assessment until a decision is served
        body.put("track", party ? null : c.track());
        body.put("suggestedTrack", party ? null : c.suggestedTrack());
        body.put("outcome", c.outcome());
        body.put("stopSaleActive", c.stopSaleActive());
        body.put("product", in.product());
        body.put("sampledAt", in.sampledOn());
        body.put("reportIssuedAt", in.reportIssuedOn());
        body.put("registeredOn", in.registeredOn());
        body.put("failedItems", in.failedItems());
        body.put("sampledEnterprise", in.sampledEnterprise());
        body.put("producer", in.producer());
        body.put("bureauCode", in.bureauCode());
        body.put("organizingBureauCode", in.organizingBureauCode());
        body.put("institution", in.institution());
        var served = documents.visibleTo(actor, id);
        var all = deadlines.list(id);
        body.put("deadlines", (party ? partyView.deadlines(actor, all) : all).stream().map(CaseController::deadline).toList());
        body.put("events", party ? partyView.events(actor, events.list(id), served, bureaus.nameOf(c.bureauCode()))
                : events.list(id));
        body.put("documents", served.stream()
                .map(d -> Map.of("id", d.id(), "kind", d.kind(), "number", d.number(), "title", d.title(),
                        "issuedOn", d.issuedOn()))
                .toList());
        body.put("openTasks", openTasks(party ? partyView.tasks(actor, tasks.ofCase(c)) : tasks.ofCase(c)));
        return body;
    }

    private static Map<String, Object> deadline(CaseDeadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", d.step());
        m.put("startsOn", d.startsOn());
        m.put("dueDate", d.dueOn());
        m.put("amount", d.amount());
        m.put("unit", d.unit());
        m.put("basis", d.basis());
        m.put("basisVerified", d.basisVerified());
        m.put("verified", d.verified());
        m.put("metOn", d.metOn());
        return m;
    }

    private static List<Map<String, Object>> openTasks(List<TaskView> open) {
        return open.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("key", t.key());
            m.put("name", t.name());
            m.put("dueDate", t.dueDate());
            return m;
        }).toList();
    }
}
