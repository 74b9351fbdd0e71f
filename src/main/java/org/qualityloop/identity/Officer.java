package org.qualityloop.identity;

/** An enforcement officer as documents name him or her: name and enforcement certificate number (执法证号). */
public record Officer(String username, String name, String certificateNo) {
}
