package org.qualityloop.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.UserAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/account/password} with {@code {"currentPassword","newPassword"}}: 204, or 400 with the
 * policy's message. It is also how an API user whose password must change gets back in.
 */
@RestController
class AccountApi {

    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final UserAccounts accounts;
    private final CurrentActor currentActor;

    AccountApi(UserAccounts accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Change your own password (the policy of the pages applies)")
    @PostMapping("/api/v1/account/password")
    ResponseEntity<Void> change(@RequestBody PasswordChange change) {
        accounts.changePassword(currentActor.get().username(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
