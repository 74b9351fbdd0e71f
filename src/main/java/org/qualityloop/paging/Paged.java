package org.qualityloop.paging;

import java.util.List;

/**
 * One page of a list that pages: its rows, how many there are in all (or, for a list counted only up to a bound,
 * {@code totalAtLeast}: more than that many), which page this is (from 0) and how many pages there are. Every paged
 * list reads its window through {@link #window}, so a page number from an edited link lands on the nearest page that
 * exists.
 */
public record Paged<T>(List<T> rows, long total, int page, int pages, boolean totalAtLeast) {

    /** Rows a list counted up to a bound counts at least: beyond them "more than" is all a reader needs to know. */
    private static final long COUNTED = 1_000;

    public static <T> Paged<T> empty() {
        return new Paged<>(List.of(), 0, 0, 0, false);
    }

    /** The rows to read for the requested page of {@code total} rows, {@code size} to a page. */
    public static Window window(long total, int requested, int size) {
        return window(total, false, requested, size);
    }

    /**
     * How far a list that is counted only up to a bound must be counted for the requested page: the first thousand
     * rows, or two pages beyond the one asked for, so its pager always knows whether there is a next page.
     */
    public static long countedUpTo(int requested, int size) {
        return Math.max(COUNTED, (long) (Math.max(requested, 0) + 2) * size);
    }

    /** The window of a list counted up to {@code bound} (see {@link #countedUpTo}): {@code counted} may exceed it. */
    public static Window windowCounted(long counted, long bound, int requested, int size) {
        return window(Math.min(counted, bound), counted > bound, requested, size);
    }

    private static Window window(long total, boolean atLeast, int requested, int size) {
        int pages = (int) ((total + size - 1) / size);
        int page = Math.max(0, Math.min(requested, Math.max(pages - 1, 0)));
        return new Window(total, atLeast, page, pages, page * size, size);
    }

    /** Where a page starts and how long it is. */
    public record Window(long total, boolean totalAtLeast, int page, int pages, int offset, int size) {

        public <T> Paged<T> of(List<T> rows) {
            return new Paged<>(rows, total, page, pages, totalAtLeast);
        }
    }
}
