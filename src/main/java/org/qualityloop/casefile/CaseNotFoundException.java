package org.qualityloop.casefile;

/** No such case, or none the user may see: the two are answered alike so scope does not leak existence. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(Object id) {
        super("Case not found: " + id);
    }
}
