package org.qualityloop.portal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.calendar.DeadlineRule;
import org.qualityloop.calendar.DeadlineRules;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.Actor;
import org.qualityloop.process.TaskCatalog;
import org.springframework.stereotype.Component;

/** The notices served on an enterprise across its cases, and the deadline rules behind its own tasks. */
@Component
class Notices {

    /** A served notice with the case it belongs to. */
    record Notice(CaseFile caseFile, IssuedDocument document) {
    }

    private final Documents documents;
    private final TaskCatalog catalog;
    private final DeadlineRules rules;

    Notices(Documents documents, TaskCatalog catalog, DeadlineRules rules) {
        this.documents = documents;
        this.catalog = catalog;
        this.rules = rules;
    }

    /** The notices served on the enterprise in its cases, newest first. */
    List<Notice> servedOn(Actor enterprise, List<CaseFile> cases) {
        Map<java.util.UUID, List<IssuedDocument>> byCase =
                documents.visibleTo(enterprise, cases.stream().map(CaseFile::id).toList());
        return cases.stream()
                .flatMap(c -> byCase.getOrDefault(c.id(), List.of()).stream().map(d -> new Notice(c, d)))
                .sorted(Comparator.comparing((Notice n) -> n.document().issuedOn()).reversed())
                .toList();
    }

    /** Task key → the deadline rule its due date follows, for every task that has one. */
    Map<String, DeadlineRule> rulesOfTasks() {
        Map<String, DeadlineRule> byTask = new HashMap<>();
        catalog.all().values().stream().filter(t -> t.dueRule() != null)
                .forEach(t -> byTask.put(t.key(), rules.get(t.dueRule())));
        return byTask;
    }
}
