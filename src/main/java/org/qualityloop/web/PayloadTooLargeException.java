package org.qualityloop.web;

import java.io.IOException;

/** A request body over its limit, noticed while it was being read. */
class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(long limit) {
        super("Request body over " + limit + " bytes");
    }
}
