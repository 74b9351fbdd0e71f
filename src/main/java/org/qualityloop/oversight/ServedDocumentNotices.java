package org.qualityloop.oversight;

import java.util.List;
import org.qualityloop.casefile.DocumentIssued;
import org.qualityloop.identity.CandidateGroup;
import org.qualityloop.identity.GroupMembers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The party is told of every document served on it, in the application and by mail where it has an address, with
 * the deadline the document starts; in the issuing transaction, so a document is never issued untold.
 */
@Component
class ServedDocumentNotices {

    private final Notifications notifications;
    private final GroupMembers members;

    ServedDocumentNotices(Notifications notifications, GroupMembers members) {
        this.notifications = notifications;
        this.members = members;
    }

    @EventListener
    void onIssued(DocumentIssued issued) {
        if (!issued.kind().servedOnParty()) {
            return;
        }
        notifications.notifyOfDocument(members.enterprisesOf(List.of(CandidateGroup.ENTERPRISE + issued.enterpriseUscc())),
                issued.caseId(), issued.title() + " " + issued.number(), issued.partyDueOn());
    }
}
