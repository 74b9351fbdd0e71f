package org.qualityloop.oversight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qualityloop.casefile.CaseAging;
import org.qualityloop.casefile.Stage;

/**
 * The aging chart's geometry, worked out here so the template only draws: one horizontal bar per stage,
 * one segment per age band, widths to a common scale. Drawn as SVG by the server: no script, no library.
 */
record AgingChart(List<Bar> bars, int width, int height, long max) {

    static final int LABEL = 150;
    static final int PLOT = 480;
    static final int BAR = 22;
    static final int GAP = 10;

    record Bar(Stage stage, int y, long total, List<Segment> segments) {
    }

    record Segment(CaseAging.Band band, long count, int x, int width) {
    }

    static AgingChart of(Map<Stage, Map<CaseAging.Band, Long>> counts) {
        long max = counts.values().stream().mapToLong(b -> b.values().stream().mapToLong(Long::longValue).sum())
                .max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (var stage : counts.entrySet()) {
            List<Segment> segments = new ArrayList<>();
            int x = LABEL;
            long total = 0;
            for (var band : stage.getValue().entrySet()) {
                long count = band.getValue();
                total += count;
                if (count > 0) {
                    int w = (int) Math.max(2, Math.round((double) count * PLOT / max));
                    segments.add(new Segment(band.getKey(), count, x, w));
                    x += w;
                }
            }
            bars.add(new Bar(stage.getKey(), y, total, segments));
            y += BAR + GAP;
        }
        return new AgingChart(bars, LABEL + PLOT + 60, Math.max(y, BAR), max);
    }
}
