package org.qualityloop.administration.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CurrentActor;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAdministration;
import org.qualityloop.identity.UserAdministration.UserProfile;
import org.qualityloop.paging.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users by API: the system administrator under {@code /api/v1/admin/users}, the security administrator's role
 * and scope change under {@code /api/v1/security/users/{username}/role}.
 */
@RestController
class UserAdminApi {

    record NewUser(String username, String displayName, Role role, String scope, String password, String email,
                   String phone, String certificateNo) {
    }

    record Details(String displayName, String email, String phone, String certificateNo) {
    }

    record Password(String password) {
    }

    record RoleChange(Role role, String scope) {
    }

    record UserWithHistory(UserProfile user, List<UserAdministration.Change> history) {
    }

    private final UserAdministration users;
    private final CurrentActor currentActor;

    UserAdminApi(UserAdministration users, CurrentActor currentActor) {
        this.users = users;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Create a user (system administrator)")
    @PostMapping("/api/v1/admin/users")
    ResponseEntity<UserProfile> create(@RequestBody NewUser user) {
        UserProfile created = users.create(currentActor.get(), new UserAdministration.NewUser(user.username(),
                user.displayName(), user.role(), user.scope(), user.password(), user.email(), user.phone(),
                user.certificateNo()));
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.username())).body(created);
    }

    @Operation(summary = "Search users by name or username and role, paged")
    @GetMapping("/api/v1/admin/users")
    Paged<UserProfile> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
                              @RequestParam(defaultValue = "0") int page) {
        administrator();
        return users.search(q, role, page);
    }

    @Operation(summary = "A user with the history of changes to the account")
    @GetMapping("/api/v1/admin/users/{username}")
    UserWithHistory find(@PathVariable String username) {
        administrator();
        return new UserWithHistory(known(username), users.history(username));
    }

    @Operation(summary = "Change a user's name, e-mail, phone and enforcement certificate number")
    @PatchMapping("/api/v1/admin/users/{username}")
    UserProfile update(@PathVariable String username, @RequestBody Details details) {
        UserProfile before = known(username);
        return users.update(currentActor.get(), username, new UserAdministration.Details(
                details.displayName() == null ? before.displayName() : details.displayName(),
                details.email() == null ? before.email() : details.email(),
                details.phone() == null ? before.phone() : details.phone(),
                details.certificateNo() == null ? before.certificateNo() : details.certificateNo()));
    }

    @Operation(summary = "Deactivate a user (nothing is deleted)")
    @PostMapping("/api/v1/admin/users/{username}/deactivate")
    ResponseEntity<Void> deactivate(@PathVariable String username) {
        users.deactivate(currentActor.get(), known(username).username());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Reactivate a user")
    @PostMapping("/api/v1/admin/users/{username}/reactivate")
    ResponseEntity<Void> reactivate(@PathVariable String username) {
        users.reactivate(currentActor.get(), known(username).username());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Set a temporary password the user must change at sign-in")
    @PostMapping("/api/v1/admin/users/{username}/password")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody Password password) {
        users.resetPassword(currentActor.get(), known(username).username(), password.password());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Change a user's role and scope (security administrator)")
    @PutMapping("/api/v1/security/users/{username}/role")
    ResponseEntity<Void> changeRole(@PathVariable String username, @RequestBody RoleChange change) {
        users.changeRole(currentActor.get(), known(username).username(), change.role(), change.scope());
        return ResponseEntity.noContent().build();
    }

    private UserProfile known(String username) {
        Actor actor = currentActor.get();
        if (!actor.is(Role.ADMIN) && !actor.is(Role.SECURITY_ADMIN)) {
            throw new AccessDeniedException("Users are administered by the administrators");
        }
        return users.find(username).orElseThrow(() -> new AccessDeniedException("No such account"));
    }

    private void administrator() {
        currentActor.require(Role.ADMIN);
    }
}
