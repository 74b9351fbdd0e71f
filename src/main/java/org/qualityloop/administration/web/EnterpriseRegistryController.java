package org.qualityloop.administration.web;

import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.Enterprises;
import org.qualityloop.grading.RiskGrades;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enterprise registry for the system administrator ({@code /admin/enterprises}): credit code, name, address and
 * region, searchable, each enterprise with its cases. Enterprises enter it with their first case.
 */
@Controller
class EnterpriseRegistryController {

    private final Enterprises enterprises;
    private final CurrentActor currentActor;
    private final RiskGrades grades;
    private final BusinessClock clock;

    EnterpriseRegistryController(Enterprises enterprises, CurrentActor currentActor, RiskGrades grades,
                                 BusinessClock clock) {
        this.enterprises = enterprises;
        this.currentActor = currentActor;
        this.grades = grades;
        this.clock = clock;
    }

    @GetMapping("/admin/enterprises")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        administrator();
        var found = enterprises.search(q, page);
        model.addAttribute("enterprises", found);
        model.addAttribute("grades", grades.onRecord(found.rows().stream().map(Enterprises.Registered::uscc).toList()));
        model.addAttribute("q", q);
        return "admin/enterprises";
    }

    @GetMapping("/admin/enterprises/{uscc}")
    String enterprise(@PathVariable String uscc, Model model) {
        administrator();
        model.addAttribute("enterprise", enterprises.find(uscc)
                .orElseThrow(() -> new AccessDeniedException("No such enterprise")));
        model.addAttribute("cases", enterprises.casesOf(uscc));
        model.addAttribute("grade", grades.of(uscc));
        model.addAttribute("gradeChanges", grades.changes(uscc));
        model.addAttribute("zone", clock.zone());
        return "admin/enterprise";
    }

    private void administrator() {
        currentActor.require(Role.ADMIN);
    }
}
