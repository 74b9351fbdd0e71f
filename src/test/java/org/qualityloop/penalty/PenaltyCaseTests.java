package org.qualityloop.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.casefile.IllegalCaseTransitionException;

/** The penalty case's steps come in the order the procedure sets, and refuse to come before their turn. */
class PenaltyCaseTests {

    private final PenaltyCase p = new PenaltyCase(UUID.randomUUID());

    @Test
    void aFiledCaseGoesFromInvestigationToExecution() {
        p.verifyLead(FilingDecision.FILE, "线索属实", null);
        p.file(LocalDate.parse("2026-10-10"));
        p.investigated("销售不合格产品", new BigDecimal("12000.00"), new BigDecimal("24000.00"), "产品质量法第四十九条",
                java.util.List.of("handler1", "handler3"));
        p.reviewed("事实清楚，适用法律正确");
        p.priorNoticeServed(LocalDate.parse("2026-11-02"), new BigDecimal("24000.00"));
        p.responded(PartyResponse.STATEMENT, "初次违法，请求从轻");
        p.decided(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-21"), new BigDecimal("20000.00"),
                "产品质量法第四十九条");
        p.paid(LocalDate.parse("2026-12-01"), new BigDecimal("20000.00"));

        assertThat(p.outcome).isEqualTo(PenaltyCase.Outcome.PENALIZED);
        assertThatThrownBy(() -> p.transferred("公安机关", LocalDate.parse("2026-12-02")))
                .isInstanceOf(IllegalCaseTransitionException.class);
    }

    @Test
    void nothingIsInvestigatedBeforeTheCaseIsFiled() {
        p.verifyLead(FilingDecision.FILE, "线索属实", null);
        assertThatThrownBy(() -> p.investigated("x", BigDecimal.ONE, BigDecimal.ONE, "x", java.util.List.of()))
                .isInstanceOf(IllegalCaseTransitionException.class).hasMessageContaining("not filed");
    }

    @Test
    void onlyWhatWasProposedIsApproved() {
        p.verifyLead(FilingDecision.NOT_FILE, "证据不足", null);
        assertThatThrownBy(() -> p.file(LocalDate.parse("2026-10-10"))).isInstanceOf(IllegalCaseTransitionException.class);
        p.notFiled();
        assertThat(p.outcome).isEqualTo(PenaltyCase.Outcome.NOT_FILED);
        assertThatThrownBy(() -> p.verifyLead(FilingDecision.FILE, "x", null))
                .isInstanceOf(IllegalCaseTransitionException.class).hasMessageContaining("ended");
    }

    @Test
    void noDecisionBeforeThePartyWasHeardAsItAsked() {
        p.verifyLead(FilingDecision.FILE, "线索属实", null);
        p.file(LocalDate.parse("2026-10-10"));
        p.investigated("x", BigDecimal.ONE, BigDecimal.TEN, "x", java.util.List.of());
        assertThatThrownBy(() -> p.priorNoticeServed(LocalDate.parse("2026-11-02"), BigDecimal.TEN))
                .as("the legal review comes first").isInstanceOf(IllegalCaseTransitionException.class);
        p.reviewed("同意");
        p.priorNoticeServed(LocalDate.parse("2026-11-02"), BigDecimal.TEN);
        assertThatThrownBy(() -> p.decided(LocalDate.parse("2026-11-20"), null, BigDecimal.TEN, "x"))
                .isInstanceOf(IllegalCaseTransitionException.class).hasMessageContaining("not answered");
        p.responded(PartyResponse.HEARING, null);
        assertThatThrownBy(() -> p.decided(LocalDate.parse("2026-11-20"), null, BigDecimal.TEN, "x"))
                .isInstanceOf(IllegalCaseTransitionException.class).hasMessageContaining("hearing");
        p.hearingHeld(LocalDate.parse("2026-11-15"), "听证笔录");
        p.decided(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-21"), BigDecimal.TEN, "x");
        assertThat(p.decidedOn).isEqualTo(LocalDate.parse("2026-11-20"));
    }

    @Test
    void aCriminalCaseIsTransferredWithoutFiling() {
        p.transferred("泰安市公安局", LocalDate.parse("2026-10-05"));
        assertThat(p.outcome).isEqualTo(PenaltyCase.Outcome.TRANSFERRED);
        assertThat(p.transferTo).isEqualTo("泰安市公安局");
    }
}
