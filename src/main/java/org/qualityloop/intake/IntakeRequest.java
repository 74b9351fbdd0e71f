package org.qualityloop.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A nonconforming result as integrators send it. Dates and enumerations arrive as text so that a bad
 * value is reported against its field rather than as an unreadable body.
 */
public record IntakeRequest(String reportNo, ProductData product, String sampledAt, String reportIssuedAt,
                            List<FailedItemData> failedItems, PartyData sampledEnterprise, PartyData producer,
                            String bureauCode, String organizingBureauCode, String institution,
                            String spotCheckPlan, Boolean adulterationSuspected) {

    /**
     * The product as reported; {@code trademark} left out of the JSON when there is none, so a result sent before
     * it was asked for keeps its fingerprint.
     */
    public record ProductData(String name, String model, String batch, String category,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String trademark) {

        public ProductData(String name, String model, String batch, String category) {
            this(name, model, batch, category, null);
        }
    }

    public record FailedItemData(String item, String requirement, String measured, String hazard) {
    }

    public record PartyData(String uscc, String name, String address) {
    }
}
