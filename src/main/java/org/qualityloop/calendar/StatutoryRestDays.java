package org.qualityloop.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rest days that the 全国年节及纪念日放假办法 (as revised in 2024, in force from 2025-01-01) fixes by law for a
 * year: 元旦 1 January; 春节 the lunar New Year's eve and the first three days of the first lunar month; 清明 the
 * day of the Qingming solar term; 劳动节 1–2 May; 端午 the 5th day of the 5th lunar month; 中秋 the 15th day of the
 * 8th lunar month; 国庆 1–3 October. Until the State Council's notice for a year is loaded, these days at least
 * are rest days. Lunar dates and the solar term come from lunar-java (cn.6tail), in Beijing time; nothing is
 * tabulated by hand.
 */
final class StatutoryRestDays {

    private StatutoryRestDays() {
    }

    /** Each statutory rest day of the year with the name of its festival. */
    static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元旦");
        LocalDate springFestival = lunar(year, 1, 1);
        days.put(springFestival.minusDays(1), "春节");
        for (int i = 0; i < 3; i++) {
            days.put(springFestival.plusDays(i), "春节");
        }
        days.put(qingming(year), "清明节");
        days.put(LocalDate.of(year, 5, 1), "劳动节");
        days.put(LocalDate.of(year, 5, 2), "劳动节");
        days.put(lunar(year, 5, 5), "端午节");
        days.put(lunar(year, 8, 15), "中秋节");
        for (int day = 1; day <= 3; day++) {
            days.put(LocalDate.of(year, 10, day), "国庆节");
        }
        return days;
    }

    /** The Gregorian day of a (not leap) lunar month and day of the lunar year that begins in {@code year}. */
    static LocalDate lunar(int year, int month, int day) {
        return date(Lunar.fromYmd(year, month, day).getSolar());
    }

    /** The day of the Qingming solar term in the year. */
    static LocalDate qingming(int year) {
        return date(Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明"));
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
