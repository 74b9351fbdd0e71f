package org.qualityloop.intake;

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

    private final IntakeService intake;
    private final CurrentActor currentActor;

    IntakeController(IntakeService intake, CurrentActor currentActor) {
        this.intake = intake;
        this.currentActor = currentActor;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@RequestBody IntakeRequest request) {
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
