package org.qualityloop.disclosure.web;

import java.util.UUID;
import org.qualityloop.casefile.CaseNotFoundException;
import org.qualityloop.paging.Paged;
import org.qualityloop.publication.PublicOutcome;
import org.qualityloop.publication.PublicQuery;
import org.qualityloop.publication.PublishedEntries;
import org.qualityloop.publication.PublishedEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /public}: the published results and their handling, for anyone, without signing in or script: search by
 * product, enterprise or credit code, filter by year, bureau, category and outcome, one page per entry. A page
 * unchanged since the reader's copy answers 304.
 */
@Controller
class PublicPages {

    static final int PAGE_SIZE = 20;

    private final PublishedEntries entries;

    PublicPages(PublishedEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/public")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String bureau, @RequestParam(required = false) String category,
                @RequestParam(required = false) PublicOutcome outcome, @RequestParam(defaultValue = "0") int page,
                WebRequest request, Model model) {
        java.time.Instant changed = entries.lastChanged();
        if (request.checkNotModified(changed.toEpochMilli())) {
            return null;
        }
        PublicQuery query = new PublicQuery(q, year, bureau, category, outcome);
        Paged<PublishedEntry> found = entries.search(query, page, PAGE_SIZE, changed);
        model.addAttribute("entries", found.rows());
        model.addAttribute("total", found.total());
        model.addAttribute("page", found.page());
        model.addAttribute("pages", found.pages());
        model.addAttribute("query", query);
        model.addAttribute("facets", entries.facets(changed));
        model.addAttribute("outcomes", PublicOutcome.values());
        return "disclosure/list";
    }

    @GetMapping("/public/entries/{id}")
    String entry(@PathVariable UUID id, WebRequest request, Model model) {
        PublishedEntry entry = entries.find(id).orElseThrow(() -> new CaseNotFoundException(id));
        if (entry.changedAt() != null && request.checkNotModified(entry.changedAt().toEpochMilli())) {
            return null;
        }
        model.addAttribute("entry", entry);
        return "disclosure/entry";
    }
}
