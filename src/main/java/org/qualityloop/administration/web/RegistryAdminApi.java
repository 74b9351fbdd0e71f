package org.qualityloop.administration.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.BureauAdministration;
import org.qualityloop.identity.BureauAdministration.BureauRecord;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.InstitutionAdministration;
import org.qualityloop.identity.InstitutionAdministration.InstitutionRecord;
import org.qualityloop.identity.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Bureaus and institutions by API, for the system administrator: the same rules and history as the pages. */
@RestController
class RegistryAdminApi {

    record NewBureau(String code, String parentCode, String name, String letterheadName, String numberPrefix,
                     String phone, String address, String reconsiderationBody, String court) {
    }

    record BureauDetails(String name, String letterheadName, String numberPrefix, String phone, String address,
                         String reconsiderationBody, String court) {
    }

    record Move(String parentCode) {
    }

    record NewInstitution(String code, String name, String accreditationNo, boolean retestCapable) {
    }

    record InstitutionDetails(String name, String accreditationNo, boolean retestCapable) {
    }

    private final BureauAdministration bureaus;
    private final InstitutionAdministration institutions;
    private final CurrentActor currentActor;

    RegistryAdminApi(BureauAdministration bureaus, InstitutionAdministration institutions, CurrentActor currentActor) {
        this.bureaus = bureaus;
        this.institutions = institutions;
        this.currentActor = currentActor;
    }

    @Operation(summary = "The bureau tree, parents before children")
    @GetMapping("/api/v1/admin/bureaus")
    List<BureauRecord> bureaus() {
        administrator();
        return bureaus.tree();
    }

    @Operation(summary = "Add a bureau under a parent")
    @PostMapping("/api/v1/admin/bureaus")
    ResponseEntity<BureauRecord> createBureau(@RequestBody NewBureau b) {
        BureauRecord created = bureaus.create(administrator(), b.code(), b.parentCode(),
                new BureauAdministration.Details(b.name(), b.letterheadName(), b.numberPrefix(), b.phone(), b.address(),
                        b.reconsiderationBody(), b.court()));
        return ResponseEntity.created(URI.create("/api/v1/admin/bureaus/" + created.code())).body(created);
    }

    @Operation(summary = "Change a bureau's name, letterhead, number prefix, contact, review body and court")
    @PutMapping("/api/v1/admin/bureaus/{code}")
    BureauRecord updateBureau(@PathVariable String code, @RequestBody BureauDetails b) {
        return bureaus.update(administrator(), code,
                new BureauAdministration.Details(b.name(), b.letterheadName(), b.numberPrefix(), b.phone(), b.address(),
                        b.reconsiderationBody(), b.court()));
    }

    @Operation(summary = "Move a bureau and its subtree under another parent")
    @PostMapping("/api/v1/admin/bureaus/{code}/move")
    ResponseEntity<Void> moveBureau(@PathVariable String code, @RequestBody Move move) {
        bureaus.move(administrator(), code, move.parentCode());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Deactivate or reactivate a bureau")
    @PostMapping("/api/v1/admin/bureaus/{code}/{state:deactivate|reactivate}")
    ResponseEntity<Void> bureauActive(@PathVariable String code, @PathVariable String state) {
        if ("deactivate".equals(state)) {
            bureaus.deactivate(administrator(), code);
        } else {
            bureaus.reactivate(administrator(), code);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The inspection institutions")
    @GetMapping("/api/v1/admin/institutions")
    List<InstitutionRecord> institutions() {
        administrator();
        return institutions.all();
    }

    @Operation(summary = "Register an inspection institution")
    @PostMapping("/api/v1/admin/institutions")
    ResponseEntity<InstitutionRecord> createInstitution(@RequestBody NewInstitution i) {
        InstitutionRecord created = institutions.create(administrator(), i.code(),
                new InstitutionAdministration.Details(i.name(), i.accreditationNo(), i.retestCapable()));
        return ResponseEntity.created(URI.create("/api/v1/admin/institutions/" + created.code())).body(created);
    }

    @Operation(summary = "Change an institution's name, accreditation and re-test capability")
    @PutMapping("/api/v1/admin/institutions/{code}")
    InstitutionRecord updateInstitution(@PathVariable String code, @RequestBody InstitutionDetails i) {
        return institutions.update(administrator(), code,
                new InstitutionAdministration.Details(i.name(), i.accreditationNo(), i.retestCapable()));
    }

    @Operation(summary = "Deactivate or reactivate an institution")
    @PostMapping("/api/v1/admin/institutions/{code}/{state:deactivate|reactivate}")
    ResponseEntity<Void> institutionActive(@PathVariable String code, @PathVariable String state) {
        institutions.setActive(administrator(), code, "reactivate".equals(state));
        return ResponseEntity.noContent().build();
    }

    private Actor administrator() {
        return currentActor.require(Role.ADMIN);
    }
}
