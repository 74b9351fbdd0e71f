package org.qualityloop;

import java.util.UUID;

/** Request bodies as an integrator sends them, for the tests that talk to the API. */
public final class ApiBodies {

    private ApiBodies() {
    }

    /** A valid registration of one nonconforming result, under a report number of its own. */
    public static String registration(String reportNoPrefix) {
        return """
                {"reportNo": "%s-%s",
                 "product": {"name": "电热水壶", "model": "KE-1701", "batch": "20260901", "category": "家用电器"},
                 "sampledAt": "2026-09-01", "reportIssuedAt": "2026-09-10",
                 "failedItems": [{"item": "泄漏电流", "requirement": "≤0.75mA", "measured": "1.2mA", "hazard": "SAFETY"}],
                 "sampledEnterprise": {"uscc": "91330106MA2H4K7P16", "name": "杭州示例电器有限公司", "address": "杭州市"},
                 "bureauCode": "370983", "organizingBureauCode": "370900", "institution": "LAB-SD"}
                """.formatted(reportNoPrefix, UUID.randomUUID());
    }
}
