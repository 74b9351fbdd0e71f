package org.qualityloop.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A horizontal bar chart laid out on the server (drawn as SVG by the page, like the aging chart): one bar per group,
 * its length in proportion to the largest, each leading to its cases.
 */
public record BarChart(int width, int height, List<Bar> bars) {

    static final int LABEL = 150;
    static final int LONGEST = 300;
    static final int ROW = 30;

    public record Bar(String label, String value, int y, int length, String href) {

        public int x() {
            return LABEL;
        }

        /** Where the value is written: just after the bar. */
        public int valueX() {
            return LABEL + length + 6;
        }
    }

    static <T> BarChart of(List<T> items, Function<T, String> label, ToDoubleFunction<T> measure,
                           Function<T, String> value, Function<T, String> href) {
        double most = items.stream().mapToDouble(measure).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (T item : items) {
            int length = most <= 0 ? 0 : (int) Math.round(measure.applyAsDouble(item) / most * LONGEST);
            bars.add(new Bar(label.apply(item), value.apply(item), y, Math.max(length, 1), href.apply(item)));
            y += ROW;
        }
        return new BarChart(LABEL + LONGEST + 140, y + 4, bars);
    }
}
