package org.qualityloop.portal;

import java.util.List;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.CaseSearch;
import org.qualityloop.grading.RiskGrades;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.worklist.Inbox;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /portal}: what an enterprise sees after signing in: what it must do and by when (with the legal
 * basis and what happens if it does nothing), the notices served on it, and its cases.
 */
@Controller
class PortalController {

    static final int MAX_CASES = 100;

    private final CurrentActor currentActor;
    private final Inbox inbox;
    private final CaseFiles cases;
    private final Notices notices;
    private final RiskGrades grades;

    PortalController(CurrentActor currentActor, Inbox inbox, CaseFiles cases, Notices notices, RiskGrades grades) {
        this.currentActor = currentActor;
        this.inbox = inbox;
        this.cases = cases;
        this.notices = notices;
        this.grades = grades;
    }

    @GetMapping("/portal")
    String home(Model model) {
        Actor actor = currentActor.get();
        if (!actor.is(Role.ENTERPRISE)) {
            throw new AccessDeniedException("The portal is for enterprises");
        }
        List<CaseFile> own = cases.search(CaseSearch.of(actor, null, null), 0, MAX_CASES);
        model.addAttribute("actions", inbox.page(actor, Inbox.Filter.first(0)).rows());
        model.addAttribute("rules", notices.rulesOfTasks());
        model.addAttribute("cases", own);
        model.addAttribute("notices", notices.servedOn(actor, own));
        // the enterprise sees its own grade and why, as the bureau sees it
        model.addAttribute("grade", grades.of(actor.enterpriseUscc()));
        return "portal/home";
    }
}
