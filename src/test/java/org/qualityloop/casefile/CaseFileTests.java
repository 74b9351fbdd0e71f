package org.qualityloop.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregate's guarded transitions. */
class CaseFileTests {

    private final CaseFile c = CaseFile.register("370983-2026-00001", new CaseFile.Intake("R1", "f",
            new Product("电热水壶", null, null, "家用电器"), LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-10"),
            LocalDate.parse("2026-09-11"), Instant.EPOCH, "handler1", new Party("91330106MA2H4K7P16", "企业", null),
            null, "370983", "370900", "LAB-SD", null, false,
            List.of(new FailedItem("标识", "应有", "无", Hazard.LABELLING),
                    new FailedItem("泄漏电流", "≤0.75mA", "1.2mA", Hazard.SAFETY))));

    @Test
    void aNewCaseIsOpenInIntakeUnderStopSale() {
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.stage()).isEqualTo(Stage.INTAKE);
        assertThat(c.stopSaleActive()).isTrue();
    }

    @Test
    void followsTheLoopAndRefusesToSkipStages() {
        c.enter(Stage.DELIVERY);
        assertThatThrownBy(() -> c.enter(Stage.RECTIFICATION)).isInstanceOf(IllegalCaseTransitionException.class);
        c.enter(Stage.OBJECTION);
        assertThatThrownBy(() -> c.confirmTrack(Track.GENERAL)).isInstanceOf(IllegalCaseTransitionException.class);
        c.enter(Stage.CLASSIFICATION);
        c.confirmTrack(Track.SERIOUS);
        assertThat(c.track()).isEqualTo(Track.SERIOUS);
    }

    @Test
    void anOverturnedResultLiftsTheStopSaleAndClosesTheCaseForGood() {
        c.enter(Stage.DELIVERY);
        c.enter(Stage.OBJECTION);
        c.closeAsOverturned(Instant.EPOCH);
        assertThat(c.status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(c.outcome()).isEqualTo(CaseOutcome.OVERTURNED);
        assertThat(c.stopSaleActive()).isFalse();
        assertThatThrownBy(() -> c.enter(Stage.CLASSIFICATION)).isInstanceOf(IllegalCaseTransitionException.class);
    }

    @Test
    void onlyAPublishedCaseIsArchivedAsHandled() {
        assertThatThrownBy(() -> c.archive(Instant.EPOCH)).isInstanceOf(IllegalCaseTransitionException.class);
    }

    @Test
    void theWorstHazardDecidesClassification() {
        assertThat(c.worstHazard()).isEqualTo(Hazard.SAFETY);
    }
}
