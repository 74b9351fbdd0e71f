package org.qualityloop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A registration finds its report number's case itself (read with the registry's codes): the same content again is
 * the case registered before, other content a conflict, and either way no second case.
 */
@QualityLoopIntegrationTest
class RegistrationReplayIntegrationTests {

    @Autowired IntakeService intake;
    @Autowired CaseDriver driver;
    @Autowired JdbcClient jdbc;

    @Test
    void theSameReportAgainIsTheCaseBeforeAndOtherContentAConflict() {
        IntakeRequest request = CaseDriver.request("LABELLING", "家用电器");
        Registration first = intake.register(request, driver.actor("handler1"));
        Registration again = intake.register(request, driver.actor("handler1"));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.caseFile().id()).isEqualTo(first.caseFile().id());
        assertThat(again.caseFile().intake().failedItems()).hasSize(1);

        IntakeRequest other = new IntakeRequest(request.reportNo(), new IntakeRequest.ProductData("别的产品",
                request.product().model(), request.product().batch(), request.product().category(), null),
                request.sampledAt(), request.reportIssuedAt(), request.failedItems(), request.sampledEnterprise(),
                request.producer(), request.bureauCode(), request.organizingBureauCode(), request.institution(),
                request.spotCheckPlan(), request.adulterationSuspected());
        assertThatThrownBy(() -> intake.register(other, driver.actor("handler1")))
                .isInstanceOf(IntakeConflictException.class);
        assertThat(jdbc.sql("select count(*) from case_file where report_no = ?").param(request.reportNo())
                .query(Long.class).single()).isEqualTo(1);
    }
}
