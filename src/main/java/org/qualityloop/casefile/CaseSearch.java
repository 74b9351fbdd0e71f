package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualityloop.identity.Actor;

/**
 * What a case list may show and what the user searched for. The scope comes from the actor, never from
 * the request, so a list cannot be widened by editing a URL.
 */
public record CaseSearch(Collection<String> bureaus, String enterpriseUscc, String text, CaseStatus status,
                         Stage stage, String bureau, LocalDate registeredFrom, LocalDate registeredTo,
                         Collection<String> plan) {

    public static CaseSearch of(Actor actor, String text, CaseStatus status) {
        return switch (actor.role()) {
            case ADMIN -> new CaseSearch(null, null, text, status, null, null, null, null, null);
            case HANDLER, SUPERVISOR -> new CaseSearch(actor.bureaus(), null, text, status, null, null, null, null, null);
            case ENTERPRISE -> new CaseSearch(null, actor.enterpriseUscc(), text, status, null, null, null, null, null);
            // an institution works from its inbox; it has no case list
            case INSTITUTION, AUDITOR, SECURITY_ADMIN -> new CaseSearch(List.of(), null, text, status, null, null, null,
                    null, null);
        };
    }

    /** The same search narrowed by stage, one bureau (inside the scope, never beyond it) and registration days. */
    public CaseSearch narrowed(Stage stage, String bureau, LocalDate from, LocalDate to) {
        return new CaseSearch(bureaus, enterpriseUscc, text, status, stage,
                bureau == null || bureau.isBlank() ? null : bureau.strip(), from, to, plan);
    }

    /** The same search narrowed to the results of a spot-check plan, recorded by its code or its name. */
    public CaseSearch ofPlan(Collection<String> codeAndName) {
        return new CaseSearch(bureaus, enterpriseUscc, text, status, stage, bureau, registeredFrom, registeredTo,
                codeAndName == null || codeAndName.isEmpty() ? null : List.copyOf(codeAndName));
    }

    String where() {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (bureaus != null) {
            where.append(bureaus.isEmpty() ? " and 1 = 0" : " and bureau_code in (:bureaus)");
        }
        if (enterpriseUscc != null) {
            where.append(" and sampled_uscc = :uscc");
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(case_no) like :text or lower(report_no) like :text"
                    + " or lower(product_name) like :text or lower(sampled_name) like :text"
                    + " or lower(sampled_uscc) like :text)");
        }
        if (status != null) {
            where.append(" and status = :status");
        }
        if (stage != null) {
            where.append(" and stage = :stage");
        }
        if (bureau != null) {
            where.append(" and bureau_code = :bureau");
        }
        if (registeredFrom != null) {
            where.append(" and registered_on >= :from");
        }
        if (registeredTo != null) {
            where.append(" and registered_on <= :to");
        }
        if (plan != null) {
            where.append(" and spot_check_plan in (:plan)");
        }
        return where.toString();
    }

    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        if (bureaus != null && !bureaus.isEmpty()) {
            params.put("bureaus", bureaus);
        }
        if (enterpriseUscc != null) {
            params.put("uscc", enterpriseUscc);
        }
        if (text != null && !text.isBlank()) {
            String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            params.put("text", "%" + escaped + "%");
        }
        if (status != null) {
            params.put("status", status.name());
        }
        if (stage != null) {
            params.put("stage", stage.name());
        }
        if (bureau != null) {
            params.put("bureau", bureau);
        }
        if (registeredFrom != null) {
            params.put("from", registeredFrom);
        }
        if (registeredTo != null) {
            params.put("to", registeredTo);
        }
        if (plan != null) {
            params.put("plan", plan);
        }
        return params;
    }
}
