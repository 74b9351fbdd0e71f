package org.qualityloop.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.util.Map;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/cases}: institutions, handlers and administrators register results. */
@RestController
@RequestMapping("/api/v1/cases")
class IntakeController {

    static final String REGISTRATION_EXAMPLE = """
            {"reportNo": "SD2026-JD-00123", "product": {"name": "电热水壶", "model": "KE-1701", "batch": "20260801",
              "category": "家用电器"},
             "sampledAt": "2026-08-20", "reportIssuedAt": "2026-09-01",
             "failedItems": [{"item": "泄漏电流", "requirement": "≤0.75mA", "measured": "1.2mA", "hazard": "SAFETY"}],
             "sampledEnterprise": {"uscc": "91330106MA2H4K7P16", "name": "杭州示例电器有限公司", "address": "杭州市"},
             "bureauCode": "370983", "organizingBureauCode": "370900", "institution": "LAB-SD",
             "spotCheckPlan": "2026年产品质量省级监督抽查", "adulterationSuspected": false}""";

    private final IntakeService intake;
    private final CurrentActor currentActor;

    IntakeController(IntakeService intake, CurrentActor currentActor) {
        this.intake = intake;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Register a nonconforming result (idempotent by report number)")
    @PostMapping
    ResponseEntity<Map<String, Object>> register(@io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(examples = @ExampleObject(name = "result", value = REGISTRATION_EXAMPLE)))
                                                 @RequestBody IntakeRequest request) {
        var actor = currentActor.get();
        // 三员分立: no administrator acts on cases; results come from institutions and handlers
        if (!(actor.is(Role.INSTITUTION) || actor.is(Role.HANDLER))) {
            throw new AccessDeniedException("Only institutions and handlers register results");
        }
        Registration registration;
        try {
            registration = intake.register(request, actor);
        } catch (DuplicateKeyException raced) {
            // the same report number was registered concurrently; answer as for a replay
            IntakeRequest normalized = IntakeNormalizer.normalize(request);
            registration = intake.replay(normalized.reportNo(), intake.fingerprint(normalized)).orElseThrow(() -> raced);
        }
        CaseFile c = registration.caseFile();
        return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("id", c.id(), "caseNo", c.caseNo(), "status", c.status(), "stage", c.stage()));
    }
}
