package org.qualityloop.administration.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.qualityloop.administration.ConsistencyCheck;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The consistency check for administrators: a page, and the same findings as JSON for monitoring. */
@Controller
class ConsistencyController {

    private final ConsistencyCheck check;
    private final CurrentActor currentActor;

    ConsistencyController(ConsistencyCheck check, CurrentActor currentActor) {
        this.check = check;
        this.currentActor = currentActor;
    }

    @GetMapping("/admin/consistency")
    String page(Model model) {
        model.addAttribute("findings", findings());
        return "admin/consistency";
    }

    @Operation(summary = "Differences between the engine and our tables, if any")
    @GetMapping("/api/v1/admin/consistency")
    @ResponseBody
    List<ConsistencyCheck.Finding> api() {
        return findings();
    }

    private List<ConsistencyCheck.Finding> findings() {
        if (!currentActor.get().is(Role.ADMIN)) {
            throw new AccessDeniedException("The consistency check is for administrators");
        }
        return check.run();
    }
}
