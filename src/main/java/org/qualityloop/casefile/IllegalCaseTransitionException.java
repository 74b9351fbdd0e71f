package org.qualityloop.casefile;

/** A move the loop does not allow from where the case stands; the request conflicts with the case state. */
public class IllegalCaseTransitionException extends RuntimeException {

    public IllegalCaseTransitionException(String message) {
        super(message);
    }
}
