package org.qualityloop.analytics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.qualityloop.analytics.Analysis;
import org.qualityloop.analytics.AnalyticsTallying;
import org.qualityloop.analytics.Rate;
import org.qualityloop.analytics.RiskAnalytics;
import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /analytics}: the figures for the viewer's scope and period, every number a link to its cases, the workbook
 * of all of them, and next year's targets as the draft of a plan.
 */
@Controller
class AnalyticsController {

    /** The longest period one view covers: the trend of a plan cycle, not an unbounded scan. */
    static final int MAX_YEARS = 10;

    private final RiskAnalytics analytics;
    private final CurrentActor currentActor;
    private final Bureaus bureaus;
    private final BusinessClock clock;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final AnalyticsTallying tallying;

    AnalyticsController(RiskAnalytics analytics, CurrentActor currentActor, Bureaus bureaus, BusinessClock clock,
                        MessageSource messages, AuditTrail audit, AnalyticsTallying tallying) {
        this.analytics = analytics;
        this.tallying = tallying;
        this.currentActor = currentActor;
        this.bureaus = bureaus;
        this.clock = clock;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/analytics")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String bureau, Locale locale, Model model) {
        Actor actor = currentActor.get();
        Period period = period(from, to);
        Analysis analysis = analytics.analyse(actor, period.from(), period.to(), bureau);
        AnalyticsLinks links = new AnalyticsLinks(analysis);
        model.addAttribute("a", analysis);
        model.addAttribute("links", links);
        model.addAttribute("periodCorrected", period.corrected());
        model.addAttribute("stillCounting", tallying.counting());
        model.addAttribute("bureauNames", names(analysis));
        model.addAttribute("bureaus", actor.is(Role.ADMIN) ? bureaus.all()
                : bureaus.all().stream().filter(b -> actor.bureaus().contains(b.code())).toList());
        model.addAttribute("categoryChart", BarChart.of(analysis.byCategory(), Rate::key, this::measure,
                r -> value(r, locale), r -> links.category(r.key())));
        model.addAttribute("bureauChart", BarChart.of(analysis.byBureau(), r -> bureaus.nameOf(r.key()), this::measure,
                r -> value(r, locale), r -> links.bureau(r.key())));
        model.addAttribute("yearChart", BarChart.of(analysis.byYear(), Rate::key, this::measure,
                r -> value(r, locale), r -> links.year(Integer.parseInt(r.key()))));
        return "analytics/analytics";
    }

    @GetMapping("/analytics.xlsx")
    void workbook(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String bureau, Locale locale, HttpServletResponse response)
            throws IOException {
        Actor actor = currentActor.get();
        Period period = period(from, to);
        Analysis analysis = analytics.analyse(actor, period.from(), period.to(), bureau);
        audit.record(actor.username(), AuditAction.EXPORT, "analytics.xlsx", null);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("analytics-" + period.from() + "-" + period.to() + ".xlsx").build().toString());
        new AnalyticsWorkbook(messages, locale, bureaus::nameOf).write(analysis, response.getOutputStream());
    }

    /** Next year's targets in the plans' quota format (类别,承办单位代码,批次), to paste into a new plan. */
    @GetMapping("/analytics/plan-draft.csv")
    void planDraft(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String bureau, HttpServletResponse response) throws IOException {
        Actor actor = currentActor.get();
        Period period = period(from, to);
        Analysis analysis = analytics.analyse(actor, period.from(), period.to(), bureau);
        audit.record(actor.username(), AuditAction.EXPORT, "analytics.plan-draft", null);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("plan-draft-" + analysis.targetYear() + ".csv").build().toString());
        response.getOutputStream().write(PlanDraft.text(analysis).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private double measure(Rate r) {
        return r.percent() == null ? 0 : r.percent();
    }

    private String value(Rate r, Locale locale) {
        return r.percent() == null
                ? messages.getMessage("analytics.value.noPlan", new Object[] {r.cases()}, locale)
                : messages.getMessage("analytics.value.rate", new Object[] {r.percent(), r.cases(), r.batches()}, locale);
    }

    private Map<String, String> names(Analysis analysis) {
        Map<String, String> names = new TreeMap<>();
        List<String> codes = new ArrayList<>();
        analysis.byBureau().forEach(r -> codes.add(r.key()));
        analysis.categoryTargets().forEach(t -> t.proposed().forEach(b -> codes.add(b.bureauCode())));
        codes.forEach(code -> names.put(code, bureaus.nameOf(code)));
        return names;
    }

    /**
     * The years asked for, within {@link #MAX_YEARS} and in order; by default the last three years to this one. What
     * is not a year (typed into the address) gives the default, and the page says the years were set.
     */
    private Period period(String fromText, String toText) {
        Integer from = year(fromText);
        Integer to = year(toText);
        int thisYear = clock.today().getYear();
        int last = to == null ? thisYear : Math.max(2000, Math.min(to, thisYear + 1));
        int first = from == null ? last - 2 : Math.max(2000, Math.min(from, last));
        boolean corrected = (to != null && to != last) || (from != null && from != first)
                || (to == null && toText != null && !toText.isBlank())
                || (from == null && fromText != null && !fromText.isBlank());
        if (last - first + 1 > MAX_YEARS) {
            first = last - MAX_YEARS + 1;
            corrected = true;
        }
        return new Period(first, last, corrected);
    }

    private static Integer year(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    record Period(int from, int to, boolean corrected) {
    }
}
