package org.qualityloop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The statutory rest days of years whose notice is not loaded, against published dates: lunar New Year's day
 * 2027-02-06, 2028-01-26, 2029-02-13, 2030-02-03 and 中秋 2027-09-15 (domain.md §7), 清明 and 端午 2027 from the
 * almanac (2027-04-05, 2027-06-09).
 */
class StatutoryRestDaysTests {

    @Test
    void springFestivalIsTheLunarNewYearsEveAndTheFirstThreeDays() {
        assertThat(StatutoryRestDays.lunar(2027, 1, 1)).hasToString("2027-02-06");
        assertThat(StatutoryRestDays.lunar(2028, 1, 1)).hasToString("2028-01-26");
        assertThat(StatutoryRestDays.lunar(2029, 1, 1)).hasToString("2029-02-13");
        assertThat(StatutoryRestDays.lunar(2030, 1, 1)).hasToString("2030-02-03");
        Map<LocalDate, String> days = StatutoryRestDays.of(2027);
        assertThat(days).containsEntry(LocalDate.parse("2027-02-05"), "春节").containsEntry(LocalDate.parse("2027-02-08"), "春节")
                .doesNotContainKey(LocalDate.parse("2027-02-09"));
    }

    @Test
    void theOtherFestivalsFallOnTheirLunarDaysAndTheSolarTerm() {
        assertThat(StatutoryRestDays.lunar(2027, 8, 15)).hasToString("2027-09-15");
        assertThat(StatutoryRestDays.lunar(2027, 5, 5)).hasToString("2027-06-09");
        assertThat(StatutoryRestDays.qingming(2027)).hasToString("2027-04-05");
        assertThat(StatutoryRestDays.qingming(2026)).as("the loaded 2026 notice has it on 04-05 too").hasToString("2026-04-05");
        assertThat(StatutoryRestDays.qingming(2025)).hasToString("2025-04-04");
        assertThat(StatutoryRestDays.of(2028)).containsKeys(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-05-01"),
                LocalDate.parse("2028-05-02"), LocalDate.parse("2028-10-01"), LocalDate.parse("2028-10-03"));
        assertThat(StatutoryRestDays.of(2027)).hasSize(13);
    }
}
