package org.qualityloop.intake;

/** Where an import is: being read, waiting for the uploader to commit, being registered, done, or failed. */
public enum ImportStatus {
    READING,
    PREVIEW,
    COMMITTING,
    DONE,
    FAILED
}
