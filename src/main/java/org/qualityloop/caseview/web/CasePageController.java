package org.qualityloop.caseview.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.CaseNotFoundException;
import org.qualityloop.casefile.CaseSearch;
import org.qualityloop.casefile.CaseStatus;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.Stage;
import org.qualityloop.caseview.PartyView;
import org.qualityloop.documents.DocumentReads;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Institutions;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.oversight.DeadlineExtensions;
import org.qualityloop.paging.Paged;
import org.qualityloop.plans.Plans;
import org.qualityloop.process.TaskQueries;
import org.qualityloop.grading.RiskGrades;
import org.qualityloop.publication.EntryCorrections;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case pages: the list of cases in scope, the case file (案卷), its documents as printable pages and
 * its attachments. Every one of them asks {@link CaseAccess} first; out of scope reads as not found.
 */
@Controller
class CasePageController {

    static final int PAGE_SIZE = 25;

    private final CaseAccess access;
    private final AuditTrail audit;
    private final CaseFiles cases;
    private final CaseDeadlines deadlines;
    private final CaseEvents events;
    private final Documents documents;
    private final Attachments attachments;
    private final TaskQueries tasks;
    private final CurrentActor currentActor;
    private final UserAccounts users;
    private final Bureaus bureaus;
    private final org.qualityloop.calendar.BusinessClock clock;
    private final DeadlineExtensions extensions;
    private final PartyView partyView;
    private final DocumentReads documentReads;
    private final Institutions institutions;
    private final EntryCorrections entries;
    private final Plans plans;
    private final RiskGrades grades;

    CasePageController(CaseAccess access, CaseFiles cases, CaseDeadlines deadlines, CaseEvents events,
                       Documents documents, Attachments attachments, TaskQueries tasks, CurrentActor currentActor,
                       UserAccounts users, Bureaus bureaus, org.qualityloop.calendar.BusinessClock clock,
                       DeadlineExtensions extensions, PartyView partyView, AuditTrail audit,
                       DocumentReads documentReads, Institutions institutions, EntryCorrections entries, Plans plans,
                       RiskGrades grades) {
        this.plans = plans;
        this.grades = grades;
        this.entries = entries;
        this.institutions = institutions;
        this.documentReads = documentReads;
        this.audit = audit;
        this.partyView = partyView;
        this.extensions = extensions;
        this.clock = clock;
        this.access = access;
        this.cases = cases;
        this.deadlines = deadlines;
        this.events = events;
        this.documents = documents;
        this.attachments = attachments;
        this.tasks = tasks;
        this.currentActor = currentActor;
        this.users = users;
        this.bureaus = bureaus;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
                @RequestParam(required = false) Stage stage, @RequestParam(required = false) String bureau,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String plan, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) String category, @RequestParam(required = false) String item,
                @RequestParam(required = false) String task, @RequestParam(required = false) String state,
                @RequestParam(required = false) String notTask,
                @RequestParam(required = false) String missed, @RequestParam(required = false) String outcome,
                Model model) {
        Actor actor = currentActor.get();
        if (actor.is(Role.ENTERPRISE)) {
            return "redirect:/portal";
        }
        CaseSearch search = CaseSearch.of(actor, q, status).narrowed(stage, bureau, from, to);
        if (plan != null && !plan.isBlank()) {
            // a result names its plan by code or by name
            search = search.ofPlan(plans.find(plan.strip()).map(p -> List.of(p.code(), p.name()))
                    .orElse(List.of(plan.strip())));
        }
        // a figure of the analytics leads here narrowed the way it was counted
        CaseSearch.Facet facet = new CaseSearch.Facet(category, item, task, state, notTask, missed, outcome,
                clock.today());
        search = search.with(facet);
        Paged<CaseFile> result = cases.page(search, page, PAGE_SIZE);
        model.addAttribute("cases", result.rows());
        model.addAttribute("total", result.total());
        model.addAttribute("page", result.page());
        model.addAttribute("pages", result.pages());
        model.addAttribute("totalAtLeast", result.totalAtLeast());
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("stage", stage);
        model.addAttribute("bureau", search.bureau());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("plan", plan);
        model.addAttribute("facet", facet);
        model.addAttribute("plans", plans.visibleTo(actor));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("bureaus", actor.is(Role.ADMIN) ? bureaus.all()
                : bureaus.all().stream().filter(b -> actor.bureaus().contains(b.code())).toList());
        return "casefile/list";
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.get();
        CaseFile c = access.visible(actor, id);
        audit.record(actor.username(), AuditAction.CASE_READ, c.caseNo(), c.id());
        boolean party = PartyView.applies(actor);
        String bureauName = bureaus.nameOf(c.bureauCode());
        var served = documents.visibleTo(actor, c.id());
        model.addAttribute("caseFile", c);
        model.addAttribute("party", party);
        model.addAttribute("bureauName", bureauName);
        model.addAttribute("institutionName", institutions.nameOf(c.intake().institution()));
        model.addAttribute("publicEntry", party ? null : entries.of(c.id()).filter(e -> e.published()).orElse(null));
        model.addAttribute("deadlines", party ? partyView.deadlines(actor, deadlines.list(id)) : deadlines.list(id));
        List<org.qualityloop.casefile.CaseEvent> timeline = party
                ? partyView.events(actor, events.list(id), served, bureauName) : events.list(id);
        model.addAttribute("events", timeline);
        List<DeadlineExtensions.Extension> extended = party ? List.of() : extensions.history(id);
        model.addAttribute("extensions", extended);
        Map<String, String> names = new java.util.HashMap<>(users.displayNames(java.util.stream.Stream.concat(
                timeline.stream().map(e -> e.actor()), extended.stream().map(x -> x.approvedBy())).toList()));
        names.put(bureauName, bureauName);
        model.addAttribute("actorNames", names);
        model.addAttribute("zone", clock.zone());
        model.addAttribute("documents", served);
        model.addAttribute("attachments", attachments.list(id).stream().filter(a -> PartyView.mayRead(actor, a)).toList());
        model.addAttribute("openTasks", party ? partyView.tasks(actor, tasks.ofCase(c)) : tasks.ofCase(c));
        model.addAttribute("timers", party ? List.of() : tasks.timersOf(c));
        model.addAttribute("grade", grades.of(c.enterpriseUscc()));
        return "casefile/case";
    }

    @GetMapping("/cases/{id}/documents/{documentId}")
    String document(@PathVariable UUID id, @PathVariable UUID documentId, Model model) {
        DocumentReads.Read read = documentReads.open(currentActor.get(), id, documentId);
        model.addAttribute("caseFile", read.caseFile());
        model.addAttribute("document", read.document());
        model.addAttribute("bureauName", bureaus.letterheadOf(read.caseFile().bureauCode()));
        model.addAttribute("paragraphs", List.of(read.document().body().split("\n")));
        return "casefile/document";
    }

    @GetMapping("/cases/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        Actor actor = currentActor.get();
        access.visible(actor, id);
        Attachments.Attachment a = attachments.find(id, attachmentId).filter(found -> PartyView.mayRead(actor, found))
                .orElseThrow(() -> new CaseNotFoundException(id));
        audit.record(actor.username(), AuditAction.ATTACHMENT_READ, a.fileName(), id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", a.sha256())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachments.content(a.id()));
    }


}
