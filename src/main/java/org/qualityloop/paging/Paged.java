package org.qualityloop.paging;

import java.util.List;

/**
 * One page of a list that pages: its rows, how many there are in all, which page this is (from 0) and how
 * many pages there are. Every paged list reads its window through {@link #window}, so a page number from an
 * edited link lands on the nearest page that exists.
 */
public record Paged<T>(List<T> rows, long total, int page, int pages) {

    public static <T> Paged<T> empty() {
        return new Paged<>(List.of(), 0, 0, 0);
    }

    /** The rows to read for the requested page of {@code total} rows, {@code size} to a page. */
    public static Window window(long total, int requested, int size) {
        int pages = (int) ((total + size - 1) / size);
        int page = Math.max(0, Math.min(requested, Math.max(pages - 1, 0)));
        return new Window(total, page, pages, page * size, size);
    }

    /** Where a page starts and how long it is. */
    public record Window(long total, int page, int pages, int offset, int size) {

        public <T> Paged<T> of(List<T> rows) {
            return new Paged<>(rows, total, page, pages);
        }
    }
}
