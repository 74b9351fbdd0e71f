package org.qualityloop.administration.web;

import io.swagger.v3.oas.annotations.Operation;
import org.qualityloop.administration.HolidayAdministration;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.oversight.CalendarRecount;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/v1/admin/holidays/{year}} with the notice as a {@code text/csv} body ({@code date,kind,name}):
 * {@code 200} with what moved, case by case; {@code ?preview=true} stores nothing; {@code 400} line by line.
 */
@RestController
class HolidayApi {

    private final HolidayAdministration administration;
    private final CurrentActor currentActor;

    HolidayApi(HolidayAdministration administration, CurrentActor currentActor) {
        this.administration = administration;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Load a year's State Council holiday notice (CSV: date,kind,name) and recount running deadlines")
    @PutMapping(path = "/api/v1/admin/holidays/{year}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    CalendarRecount.Summary put(@PathVariable int year, @RequestBody String csv,
                                @RequestParam(required = false) String source,
                                @RequestParam(defaultValue = "false") boolean preview) {
        Actor actor = HolidayController.administrator(currentActor);
        return preview ? administration.preview(actor, year, source, csv) : administration.load(actor, year, source, csv);
    }
}
