package org.qualityloop.objection;

/** The enterprise's answer to the result: accept it, object to it, or apply for a re-test. */
public enum Response {
    ACCEPT,
    OBJECT,
    RETEST
}
