package org.qualityloop.casefile;

/** An enterprise as named on the case (credit code, name, address at the time of intake). */
public record Party(String uscc, String name, String address) {
}
