package org.qualityloop.analytics.web;

import java.time.LocalDate;
import org.qualityloop.analytics.Analysis;
import org.qualityloop.analytics.Ending;
import org.springframework.web.util.UriComponentsBuilder;

/** The case list behind each figure: same scope, period and bureau as the analysis, narrowed as counted. */
public final class AnalyticsLinks {

    private final Analysis analysis;

    AnalyticsLinks(Analysis analysis) {
        this.analysis = analysis;
    }

    public String category(String category) {
        return categoryIn(category, String.valueOf(analysis.toYear()));
    }

    public String categoryIn(String category, String year) {
        return upheld(Integer.parseInt(year)).queryParam("category", category).toUriString();
    }

    public String bureau(String bureau) {
        return upheld(analysis.toYear()).replaceQueryParam("bureau", bureau).toUriString();
    }

    public String year(int year) {
        return upheld(year).toUriString();
    }

    public String item(String item) {
        return period().queryParam("outcome", "UPHELD").queryParam("item", item).toUriString();
    }

    public String enterprise(String uscc) {
        return period().queryParam("q", uscc).queryParam("outcome", "UPHELD").toUriString();
    }

    public String ending(Ending ending) {
        var facet = ending.facet();
        UriComponentsBuilder b = period();
        if (facet.taskDone() != null) {
            b.queryParam("task", facet.taskDone());
        }
        if (facet.taskState() != null) {
            b.queryParam("state", facet.taskState());
        }
        if (facet.taskNotDone() != null) {
            b.queryParam("notTask", facet.taskNotDone());
        }
        if (facet.outcome() != null) {
            b.queryParam("outcome", facet.outcome());
        }
        return b.toUriString();
    }

    public String missed(String step) {
        return period().queryParam("missed", step).toUriString();
    }

    private UriComponentsBuilder period() {
        return base(analysis.fromYear(), analysis.toYear());
    }

    private UriComponentsBuilder base(int fromYear, int toYear) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/cases")
                .queryParam("from", LocalDate.of(fromYear, 1, 1)).queryParam("to", LocalDate.of(toYear, 12, 31));
        if (analysis.bureau() != null) {
            b.queryParam("bureau", analysis.bureau());
        }
        return b;
    }

    private UriComponentsBuilder upheld(int year) {
        return base(year, year).queryParam("outcome", "UPHELD");
    }
}
