package org.qualityloop.oversight;

import java.util.List;
import java.util.UUID;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.GroupMembers;
import org.qualityloop.identity.Role;
import org.qualityloop.process.CaseJurisdiction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case outside the bureau's jurisdiction (the producer is another bureau's): transferred to the competent bureau,
 * whose staff take over its tasks at once, or that bureau told of the result (18号令 Art.44). The reason is
 * required; the case's log keeps the move, and the staff of both bureaus are told.
 */
@Service
public class JurisdictionChange {

    public enum Mode { TRANSFER, NOTIFY }

    private final CaseAccess access;
    private final CaseFiles cases;
    private final CaseJurisdiction engine;
    private final CaseEvents events;
    private final Bureaus bureaus;
    private final GroupMembers members;
    private final Notifications notifications;

    JurisdictionChange(CaseAccess access, CaseFiles cases, CaseJurisdiction engine, CaseEvents events, Bureaus bureaus,
                       GroupMembers members, Notifications notifications) {
        this.access = access;
        this.cases = cases;
        this.engine = engine;
        this.events = events;
        this.bureaus = bureaus;
        this.members = members;
        this.notifications = notifications;
    }

    @Transactional
    public CaseFile change(Actor actor, UUID caseId, Mode mode, String toBureau, String reason) {
        if (!(actor.is(Role.HANDLER) || actor.is(Role.SUPERVISOR))) {
            throw new AccessDeniedException("Handlers and supervisors of the case's bureau move a case");
        }
        CaseFile c = access.visible(actor, caseId);
        FieldErrors errors = new FieldErrors();
        String to = toBureau == null ? "" : toBureau.strip();
        if (!bureaus.isActive(to)) {
            errors.reject("bureau", "jurisdiction.unknownBureau", to);
        } else if (to.equals(c.bureauCode())) {
            errors.reject("bureau", "jurisdiction.sameBureau");
        }
        if (reason == null || reason.isBlank()) {
            errors.reject("reason", "jurisdiction.reasonRequired");
        }
        if (mode == Mode.TRANSFER && c.status() != org.qualityloop.casefile.CaseStatus.OPEN) {
            errors.reject("mode", "jurisdiction.closed");
        }
        errors.throwIfAny();
        String from = c.bureauCode();
        List<String> told = List.copyOf(members.staffIn(List.of(to)).keySet());
        if (mode == Mode.TRANSFER) {
            // the engine first, then the case: the read model follows the engine's tasks as they now are
            engine.move(c, from, to);
            c = cases.moveTo(caseId, to);
            events.append(caseId, actor.username(), null, null, CaseEventType.JURISDICTION_TRANSFERRED,
                    bureaus.nameOf(from) + " → " + bureaus.nameOf(to) + "（" + reason.strip() + "）",
                    java.util.Map.of("bureau", from), java.util.Map.of("bureau", to, "reason", reason.strip()));
            notifications.notify(List.copyOf(members.staffIn(List.of(from)).keySet()), NotificationKind.TRANSFERRED,
                    caseId, null, null, null);
        } else {
            events.append(caseId, actor.username(), null, null, CaseEventType.BUREAU_NOTIFIED,
                    bureaus.nameOf(to) + "（" + reason.strip() + "）", null,
                    java.util.Map.of("bureau", to, "reason", reason.strip()));
        }
        notifications.notify(told, mode == Mode.TRANSFER ? NotificationKind.TRANSFERRED : NotificationKind.RESULT_NOTIFIED,
                caseId, null, null, null);
        return c;
    }
}
