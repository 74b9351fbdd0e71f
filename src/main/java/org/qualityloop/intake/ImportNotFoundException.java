package org.qualityloop.intake;

import org.qualityloop.casefile.CaseNotFoundException;

/** No such import, or another user's: answered alike, as any record out of the caller's reach is (404). */
public class ImportNotFoundException extends CaseNotFoundException {

    public ImportNotFoundException(Object id) {
        super(id);
    }
}
