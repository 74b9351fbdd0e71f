package org.qualityloop.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditRecords;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.audit.AuditVerification;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.exports.Export;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAccounts;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The audit administrator's desk: search the trail (who, what, which case, when), export it, and have its
 * chain verified, on a page and by {@code GET /api/v1/audit/verify}. Only the audit administrator reads it,
 * and reading it is itself on record.
 */
@Controller
class AuditController {

    private final AuditRecords records;
    private final AuditVerification verification;
    private final AuditTrail trail;
    private final CurrentActor currentActor;
    private final BusinessClock clock;
    private final MessageSource messages;
    private final UserAccounts users;

    AuditController(AuditRecords records, AuditVerification verification, AuditTrail trail, CurrentActor currentActor,
                    BusinessClock clock, MessageSource messages, UserAccounts users) {
        this.users = users;
        this.records = records;
        this.verification = verification;
        this.trail = trail;
        this.currentActor = currentActor;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String caseId, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Model model) {
        auditor();
        AuditRecords.Query query = query(actor, action, caseId, from, to, page);
        var result = records.page(query, clock.zone());
        model.addAttribute("result", result);
        // people by name, the page's actors in one query
        model.addAttribute("names", users.displayNames(result.rows().stream().map(r -> r.actor()).toList()));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("q", query);
        model.addAttribute("zone", clock.zone());
        return "audit/trail";
    }

    @GetMapping("/audit/verify")
    String verifyPage(Model model) {
        model.addAttribute("verification", verifiedByAuditor());
        return "audit/verify";
    }

    @Operation(summary = "Verify the hash chains of the audit trail and the case event log (auditor)")
    @GetMapping("/api/v1/audit/verify")
    @ResponseBody
    ResponseEntity<AuditVerification.Result> verify() {
        return ResponseEntity.ok(verifiedByAuditor());
    }

    /** Verifying the chain is itself on record, with where it broke if it did. */
    private AuditVerification.Result verifiedByAuditor() {
        Actor auditor = auditor();
        AuditVerification.Result result = verification.verify();
        trail.record(auditor.username(), AuditAction.AUDIT_VERIFIED, result.intact() ? "intact" : result.log(), null,
                true, result.intact() ? null : "first broken: " + result.firstBroken());
        return result;
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String caseId, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "CSV") Export.Format format, Locale locale,
                HttpServletResponse response) throws IOException {
        Actor auditor = auditor();
        AuditRecords.Query query = query(actor, action, caseId, from, to, 0);
        trail.record(auditor.username(), AuditAction.AUDIT_EXPORTED, "audit." + format.name().toLowerCase(), null);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.zone());
        List<String> headers = List.of("audit.col.id", "audit.col.time", "audit.col.actor", "audit.col.action",
                "audit.col.subject", "audit.col.case", "audit.col.outcome", "audit.col.detail", "audit.col.client",
                "audit.col.hash").stream().map(k -> messages.getMessage(k, null, locale)).toList();
        Export.write(response, format, "audit", headers, rows -> records.forEach(query, clock.zone(), r -> rows.accept(
                Arrays.asList(r.id(), time.format(r.occurredAt()), r.actor(),
                        messages.getMessage(r.action().messageKey(), null, locale), r.subject(), r.caseId(),
                        messages.getMessage(r.succeeded() ? "audit.outcome.SUCCESS" : "audit.outcome.FAILURE", null,
                                locale), r.detail(), r.client(), r.hash()))));
    }

    private Actor auditor() {
        Actor actor = currentActor.get();
        if (!actor.is(Role.AUDITOR)) {
            throw new AccessDeniedException("The audit trail is the audit administrator's");
        }
        return actor;
    }

    /** Filters from the address; a value that is not one (an edited link) counts as "all". */
    private static AuditRecords.Query query(String actor, String action, String caseId, String from, String to,
                                            int page) {
        return new AuditRecords.Query(blank(actor) ? null : actor.strip(), parseAction(action), parseUuid(caseId),
                parseDate(from), parseDate(to), Math.max(page, 0));
    }

    private static AuditAction parseAction(String value) {
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(value)).findFirst().orElse(null);
    }

    private static UUID parseUuid(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
