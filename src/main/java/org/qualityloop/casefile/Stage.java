package org.qualityloop.casefile;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands in the closed loop; the allowed moves are the loop itself. */
public enum Stage {
    INTAKE,
    DELIVERY,
    OBJECTION,
    CLASSIFICATION,
    RECTIFICATION,
    PENALTY,
    HANDLING_REPORT,
    PUBLICATION,
    ARCHIVED;

    Set<Stage> next() {
        return switch (this) {
            case INTAKE -> EnumSet.of(DELIVERY);
            case DELIVERY -> EnumSet.of(OBJECTION);
            case OBJECTION -> EnumSet.of(CLASSIFICATION, ARCHIVED);
            case CLASSIFICATION -> EnumSet.of(RECTIFICATION);
            case RECTIFICATION -> EnumSet.of(PENALTY, HANDLING_REPORT);
            case PENALTY -> EnumSet.of(HANDLING_REPORT);
            case HANDLING_REPORT -> EnumSet.of(PUBLICATION);
            case PUBLICATION -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(Stage.class);
        };
    }
}
