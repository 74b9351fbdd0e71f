package org.qualityloop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Institutions;
import org.qualityloop.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sheet row's bureau and institution, from the registry read once for the sheet: a row that names no region goes to
 * the bureau of its credit code's region where there is one, else to the uploader's; an institution by code or name.
 */
@QualityLoopIntegrationTest
class SheetJurisdictionIntegrationTests {

    @Autowired Bureaus bureaus;
    @Autowired Institutions institutions;
    @Autowired UserAccounts users;

    @Test
    void aRowWithoutRegionGoesToItsCreditCodesBureauElseTheUploadersAndNamesItsInstitutionByCode() {
        // handler2 works at 370902; 370983 is another bureau of the registry, 330106 none
        Jurisdiction jurisdiction = new Jurisdiction(bureaus, institutions, users.loadUserByUsername("handler2").actor());
        String labName = institutions.activeNames().get("LAB-SD");

        IntakeRequest inRegistry = jurisdiction.request(row("91370983MA00000001", "LAB-SD"), Map.of());
        IntakeRequest elsewhere = jurisdiction.request(row("91330106MA2H4K7P16", labName), Map.of());

        assertThat(List.of(inRegistry.bureauCode(), inRegistry.organizingBureauCode(), inRegistry.institution()))
                .containsExactly("370983", "370983", "LAB-SD");
        assertThat(List.of(elsewhere.bureauCode(), elsewhere.institution())).containsExactly("370902", "LAB-SD");
    }

    private static SheetRows.Read row(String uscc, String institution) {
        return new SheetRows.Read(2, List.of(), Map.of(SheetColumn.REPORT_NO, "JUR-1", SheetColumn.PRODUCT, "电热水壶",
                SheetColumn.ENTERPRISE, "示例企业", SheetColumn.USCC, uscc, SheetColumn.ITEMS, "泄漏电流",
                SheetColumn.INSTITUTION, institution), new FieldErrors());
    }
}
