package org.qualityloop.casefile;

/** One nonconforming test item: what was tested, what the standard requires, what was measured. */
public record FailedItem(String item, String requirement, String measured, Hazard hazard) {
}
