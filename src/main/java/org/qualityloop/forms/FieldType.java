package org.qualityloop.forms;

/** The kinds of value a task form field takes; the API reports them and the pages render them. */
public enum FieldType {
    DATE,
    TEXT,
    LONG_TEXT,
    /** Never shown back: a page re-renders it empty. */
    PASSWORD,
    CHOICE,
    BOOLEAN,
    MONEY,
    INTEGER
}
