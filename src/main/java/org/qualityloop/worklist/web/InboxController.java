package org.qualityloop.worklist.web;

import org.qualityloop.calendar.DueState;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.process.TaskClaims;
import org.qualityloop.worklist.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /inbox} (待办): the user's tasks with their deadlines; claim and unclaim. */
@Controller
class InboxController {

    private final Inbox inbox;
    private final TaskCatalog catalog;
    private final TaskClaims claims;
    private final CurrentActor currentActor;

    InboxController(Inbox inbox, TaskCatalog catalog, TaskClaims claims, CurrentActor currentActor) {
        this.inbox = inbox;
        this.catalog = catalog;
        this.claims = claims;
        this.currentActor = currentActor;
    }

    @GetMapping("/inbox")
    String list(@RequestParam(required = false) String stage, @RequestParam(required = false) DueState due,
                @RequestParam(defaultValue = "DUE_ASC") Inbox.Sort sort, @RequestParam(defaultValue = "0") int page,
                Model model) {
        Actor actor = currentActor.get();
        String knownStage = catalog.stages().contains(stage) ? stage : null;
        model.addAttribute("result", inbox.page(actor, new Inbox.Filter(knownStage, due, sort, page)));
        model.addAttribute("stages", catalog.stages());
        model.addAttribute("dueStates", DueState.values());
        model.addAttribute("sorts", Inbox.Sort.values());
        model.addAttribute("stage", knownStage);
        model.addAttribute("due", due);
        model.addAttribute("sort", sort);
        return "inbox";
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable String id) {
        claims.claim(id, currentActor.get());
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(@PathVariable String id) {
        claims.unclaim(id, currentActor.get());
        return "redirect:/inbox";
    }
}
