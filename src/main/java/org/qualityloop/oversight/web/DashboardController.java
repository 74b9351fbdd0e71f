package org.qualityloop.oversight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.casefile.CaseAging;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.Stage;
import org.qualityloop.exports.Export;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.oversight.CalendarGuard;
import org.qualityloop.oversight.Scope;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.worklist.Dashboard;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard (监督看板) and the two lists it owns besides the task list: the bureau roll-up and the
 * workload table, each exportable, and the open cases behind each bar of the aging chart.
 */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final CalendarGuard guard;
    private final CaseFiles cases;
    private final AuditTrail audit;
    private final CaseAging aging;
    private final Scope scope;
    private final TaskCatalog catalog;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    DashboardController(Dashboard dashboard, CaseAging aging, Scope scope, TaskCatalog catalog,
                        CurrentActor currentActor, MessageSource messages, AuditTrail audit, CalendarGuard guard,
                        CaseFiles cases) {
        this.guard = guard;
        this.cases = cases;
        this.audit = audit;
        this.dashboard = dashboard;
        this.aging = aging;
        this.scope = scope;
        this.catalog = catalog;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/oversight")
    String dashboard(Model model) {
        Set<String> bureaus = scopeOf(currentActor.get());
        Dashboard.Summary summary = dashboard.summary(bureaus, catalog.stages());
        model.addAttribute("byStage", summary.byStage());
        model.addAttribute("total", summary.total());
        model.addAttribute("bureauLines", summary.byBureau());
        model.addAttribute("workload", dashboard.workload(bureaus));
        model.addAttribute("chart", AgingChart.of(aging.counts(bureaus)));
        model.addAttribute("bands", CaseAging.Band.values());
        List<String> held = guard.waitingCaseNos();
        Set<String> inScope = held.isEmpty() ? Set.of() : cases.findByCaseNos(held).stream()
                .filter(c -> bureaus.contains(c.bureauCode())).map(CaseFile::caseNo).collect(Collectors.toSet());
        model.addAttribute("timersHeld", held.stream().filter(inScope::contains).count());
        return "oversight/dashboard";
    }

    @GetMapping("/oversight/cases")
    String cases(@RequestParam(required = false) String stage, @RequestParam(required = false) String band,
                 @RequestParam(required = false) String bureau, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        Actor actor = currentActor.get();
        scopeOf(actor);
        Stage s = TaskFilter.parse(Stage.class, stage);
        CaseAging.Band b = TaskFilter.parse(CaseAging.Band.class, band);
        model.addAttribute("result", aging.page(scope.narrowed(actor, bureau), s, b, page));
        model.addAttribute("stage", s);
        model.addAttribute("band", b);
        model.addAttribute("bureau", TaskFilter.blankToNull(bureau));
        return "oversight/cases";
    }

    @GetMapping("/oversight/bureaus/export")
    void exportBureaus(@RequestParam(defaultValue = "CSV") Export.Format format, Locale locale,
                       HttpServletResponse response) throws IOException {
        List<Dashboard.BureauLine> lines = dashboard.byBureau(scopeOf(currentActor.get()));
        audit.record(currentActor.get().username(), AuditAction.EXPORT, "bureaus." + format.name().toLowerCase(), null);
        Export.write(response, format, "bureaus", headers(locale, "oversight.bureau.code", "oversight.bureau.name",
                        "oversight.subtree.total", "dueState.OVERDUE", "dueState.DUE_SOON", "dueState.ON_TIME",
                        "dueFilter.UNVERIFIED", "oversight.own.total"),
                rows -> lines.forEach(l -> rows.accept(List.of(l.code(), l.name(), l.subtree().total(),
                        l.subtree().overdue(), l.subtree().dueSoon(), l.subtree().onTime(), l.subtree().unverified(),
                        l.own().total()))));
    }

    @GetMapping("/oversight/workload/export")
    void exportWorkload(@RequestParam(defaultValue = "CSV") Export.Format format, Locale locale,
                        HttpServletResponse response) throws IOException {
        List<Dashboard.Workload> lines = dashboard.workload(scopeOf(currentActor.get()));
        String unclaimed = messages.getMessage("oversight.unclaimed", null, locale);
        audit.record(currentActor.get().username(), AuditAction.EXPORT, "workload." + format.name().toLowerCase(), null);
        Export.write(response, format, "workload", headers(locale, "oversight.person", "oversight.username",
                        "oversight.total", "dueState.OVERDUE", "dueState.DUE_SOON", "dueState.ON_TIME"),
                rows -> lines.forEach(w -> rows.accept(java.util.Arrays.asList(
                        w.username() == null ? unclaimed : w.displayName(), w.username(), w.counts().total(),
                        w.counts().overdue(), w.counts().dueSoon(), w.counts().onTime()))));
    }

    @GetMapping("/oversight/cases/export")
    void exportCases(@RequestParam(required = false) String stage, @RequestParam(required = false) String band,
                     @RequestParam(required = false) String bureau,
                     @RequestParam(defaultValue = "CSV") Export.Format format, Locale locale,
                     HttpServletResponse response) throws IOException {
        Actor actor = currentActor.get();
        scopeOf(actor);
        Set<String> bureaus = scope.narrowed(actor, bureau);
        Stage s = TaskFilter.parse(Stage.class, stage);
        CaseAging.Band b = TaskFilter.parse(CaseAging.Band.class, band);
        audit.record(currentActor.get().username(), AuditAction.EXPORT, "cases." + format.name().toLowerCase(), null);
        Export.write(response, format, "cases", headers(locale, "case.caseNo", "case.product", "case.enterprise",
                        "case.bureau", "case.stage", "case.registeredOn", "oversight.daysOpen"),
                rows -> aging.forEach(bureaus, s, b, c -> rows.accept(List.of(c.caseNo(), c.product(),
                        c.enterprise(), c.bureauName(), messages.getMessage("caseStage." + c.stage(), null, locale),
                        c.registeredOn(), c.daysOpen()))));
    }

    /** Dashboards are for those who hold or oversee a bureau's work; anyone else gets 403. */
    private Set<String> scopeOf(Actor actor) {
        if (!(actor.is(Role.SUPERVISOR) || actor.is(Role.HANDLER) || actor.is(Role.ADMIN))) {
            throw new AccessDeniedException("Dashboards are for handlers, supervisors and administrators");
        }
        return scope.of(actor);
    }

    private List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> messages.getMessage(k, null, locale)).toList();
    }
}
