package org.qualityloop.analytics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.qualityloop.analytics.Analysis;
import org.qualityloop.analytics.CategoryTarget;
import org.qualityloop.analytics.Ending;
import org.qualityloop.analytics.EnterpriseTarget;
import org.qualityloop.analytics.Rate;
import org.springframework.context.MessageSource;

/** Every figure of an analysis as a sheet of its own, headed in the reader's language. */
final class AnalyticsWorkbook {

    private final MessageSource messages;
    private final Locale locale;
    private final Function<String, String> bureauName;

    AnalyticsWorkbook(MessageSource messages, Locale locale, Function<String, String> bureauName) {
        this.messages = messages;
        this.locale = locale;
        this.bureauName = bureauName;
    }

    void write(Analysis a, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "QualityLoop", "1.0");
        rates(workbook.newWorksheet(text("analytics.sheet.categories")), "analytics.col.category", a.byCategory(),
                Function.identity());
        rates(workbook.newWorksheet(text("analytics.sheet.bureaus")), "analytics.col.bureau", a.byBureau(), bureauName);
        Worksheet trend = workbook.newWorksheet(text("analytics.sheet.trend"));
        header(trend, "analytics.col.category", "analytics.col.year", "analytics.col.cases", "analytics.col.batches",
                "analytics.col.rate");
        int r = 1;
        for (Analysis.CategoryTrend t : a.trends()) {
            for (Rate year : t.years()) {
                row(trend, r++, t.category(), Integer.parseInt(year.key()), year.cases(), year.batches(), year.percent());
            }
        }
        Worksheet items = workbook.newWorksheet(text("analytics.sheet.items"));
        header(items, "analytics.col.item", "analytics.col.cases");
        r = 1;
        for (Analysis.ItemCount i : a.items()) {
            row(items, r++, i.item(), i.cases());
        }
        Worksheet repeat = workbook.newWorksheet(text("analytics.sheet.repeat"));
        header(repeat, "analytics.col.uscc", "analytics.col.enterprise", "analytics.col.cases", "grade.col.grade",
                "grade.col.basis");
        r = 1;
        for (EnterpriseTarget e : a.repeatEnterprises()) {
            row(repeat, r++, e.uscc(), e.name(), e.cases(), gradeName(e), gradeBasis(e));
        }
        Worksheet endings = workbook.newWorksheet(text("analytics.sheet.endings"));
        header(endings, "analytics.col.ending", "analytics.col.cases");
        r = 1;
        for (Ending e : a.endings()) {
            row(endings, r++, text("analytics.ending." + e.key()), e.cases());
        }
        Worksheet stages = workbook.newWorksheet(text("analytics.sheet.stages"));
        header(stages, "analytics.col.stage", "analytics.col.finished", "analytics.col.meanDays");
        r = 1;
        for (Analysis.StageTime s : a.stages()) {
            row(stages, r++, text("caseStage." + s.stage()), s.cases(), Math.round(s.meanDays() * 10) / 10.0);
        }
        Worksheet steps = workbook.newWorksheet(text("analytics.sheet.steps"));
        header(steps, "analytics.col.step", "analytics.col.deadlines", "analytics.col.missed", "analytics.col.completed",
                "analytics.col.meanDays");
        r = 1;
        for (Analysis.StepCount s : a.steps()) {
            row(steps, r++, text("deadline." + s.step()), s.deadlines(), s.missed(), s.completed(),
                    Math.round(s.meanDays() * 10) / 10.0);
        }
        Worksheet targets = workbook.newWorksheet(text("analytics.sheet.targets"));
        header(targets, "analytics.col.category", "analytics.col.points", "analytics.col.reasons", "analytics.col.bureau",
                "analytics.col.lastBatches", "analytics.col.proposedBatches");
        r = 1;
        for (CategoryTarget t : a.categoryTargets()) {
            String reasons = String.join("；", t.reasons().stream()
                    .map(x -> messages.getMessage("analytics.reason." + x.key(), x.args().toArray(), locale)).toList());
            for (CategoryTarget.Batches b : t.proposed()) {
                row(targets, r++, t.category(), t.points(), reasons, bureauName.apply(b.bureauCode()), b.lastYear(),
                        b.proposed());
            }
        }
        Worksheet enterprises = workbook.newWorksheet(text("analytics.sheet.enterpriseTargets"));
        header(enterprises, "analytics.col.uscc", "analytics.col.enterprise", "analytics.col.cases", "grade.col.grade",
                "grade.col.basis");
        r = 1;
        for (EnterpriseTarget e : a.enterpriseTargets()) {
            row(enterprises, r++, e.uscc(), e.name(), e.cases(), gradeName(e), gradeBasis(e));
        }
        workbook.finish();
    }

    private void rates(Worksheet sheet, String keyHeader, List<Rate> rates, Function<String, String> name) {
        header(sheet, keyHeader, "analytics.col.cases", "analytics.col.batches", "analytics.col.rate");
        int r = 1;
        for (Rate rate : rates) {
            row(sheet, r++, name.apply(rate.key()), rate.cases(), rate.batches(), rate.percent());
        }
    }

    private void header(Worksheet sheet, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            sheet.value(0, c, text(keys[c]));
            sheet.style(0, c).bold().set();
        }
    }

    private static void row(Worksheet sheet, int r, Object... cells) {
        for (int c = 0; c < cells.length; c++) {
            Object value = cells[c];
            if (value instanceof Number number) {
                sheet.value(r, c, number);
            } else if (value != null) {
                sheet.value(r, c, value.toString());
            }
        }
    }

    /** The grade by its name (A 级（低风险）...), as the page shows it, not its letter alone. */
    private String gradeName(EnterpriseTarget e) {
        return e.grade() == null ? null : text("grade." + e.grade().grade().name());
    }

    private String gradeBasis(EnterpriseTarget e) {
        return e.grade() == null ? null : text("grade.basis." + e.grade().basis());
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
