package org.qualityloop.plans;

/** A spot-check plan: its code, name, year and the bureau that organises it. Results name it by code or name. */
public record Plan(String code, String name, int year, String organizingBureau) {
}
