package org.qualityloop.oversight.web;

import org.qualityloop.identity.CurrentActor;
import org.qualityloop.oversight.Notification;
import org.qualityloop.oversight.Notifications;
import org.qualityloop.paging.Paged;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's own notifications (消息提醒); nobody reads or marks anyone else's. */
@Controller
class NotificationController {

    private final Notifications notifications;
    private final CurrentActor currentActor;

    NotificationController(Notifications notifications, CurrentActor currentActor) {
        this.notifications = notifications;
        this.currentActor = currentActor;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        String me = currentActor.get().username();
        Paged<Notification> result = notifications.page(me, page);
        model.addAttribute("notifications", result.rows());
        model.addAttribute("total", result.total());
        model.addAttribute("page", result.page());
        model.addAttribute("pages", result.pages());
        return "oversight/notifications";
    }

    /** Marks it read and opens what it is about. */
    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        String me = currentActor.get().username();
        notifications.markRead(me, id);
        return notifications.caseOf(me, id).map(caseId -> "redirect:/cases/" + caseId)
                .orElse("redirect:/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        notifications.markAllRead(currentActor.get().username());
        return "redirect:/notifications";
    }
}
