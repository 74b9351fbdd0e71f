package org.qualityloop.casefile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.qualityloop.identity.Actor;

/**
 * What a case list may show and what the user searched for. The scope comes from the actor, never from
 * the request, so a list cannot be widened by editing a URL.
 */
public record CaseSearch(Collection<String> bureaus, String enterpriseUscc, String text, CaseStatus status) {

    public static CaseSearch of(Actor actor, String text, CaseStatus status) {
        return switch (actor.role()) {
            case ADMIN -> new CaseSearch(null, null, text, status);
            case HANDLER, SUPERVISOR -> new CaseSearch(actor.bureaus(), null, text, status);
            case ENTERPRISE -> new CaseSearch(null, actor.enterpriseUscc(), text, status);
            // an institution works from its inbox; it has no case list
            case INSTITUTION, AUDITOR, SECURITY_ADMIN -> new CaseSearch(java.util.List.of(), null, text, status);
        };
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
                    + " or lower(product_name) like :text or lower(sampled_name) like :text)");
        }
        if (status != null) {
            where.append(" and status = :status");
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
        return params;
    }
}
