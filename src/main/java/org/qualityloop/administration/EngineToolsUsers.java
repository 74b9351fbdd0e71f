package org.qualityloop.administration;

import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.qualityloop.identity.Account;
import org.qualityloop.identity.AccountChanged;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAccounts;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine's web apps take the signed-in user from the request, but look the user up in the engine's own
 * identity tables: every active system administrator has an entry there, under the same username, with a random
 * password nobody knows (the web apps' own sign-in is never the way in; the application's is).
 */
@Component
class EngineToolsUsers {

    private final IdentityService identity;
    private final UserAccounts accounts;
    private final SecureRandom random = new SecureRandom();

    EngineToolsUsers(IdentityService identity, UserAccounts accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    /** At start: every active system administrator. */
    @EventListener(ApplicationReadyEvent.class)
    void syncAll() {
        ensureAdminGroup();
        accounts.standings().stream().filter(a -> a.role() == Role.ADMIN && a.enabled())
                .forEach(a -> ensure(a.username(), a.displayName()));
    }

    /** After a change of one account: that account only (a province has thousands; one changed). */
    @EventListener
    void sync(AccountChanged event) {
        if (!accounts.exists(event.username())) {
            return;
        }
        Account account = accounts.loadUserByUsername(event.username());
        if (account.actor().is(Role.ADMIN) && account.isEnabled()) {
            ensureAdminGroup();
            ensure(account.getUsername(), account.displayName());
        }
    }

    // the web apps send everyone to their first-user set-up while no one is in this group
    private void ensureAdminGroup() {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult() == null) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("系统管理员");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
    }

    private void ensure(String username, String displayName) {
        if (identity.createUserQuery().userId(username).singleResult() == null) {
            User user = identity.newUser(username);
            user.setFirstName(displayName);
            user.setLastName("");
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            user.setPassword(Base64.getEncoder().encodeToString(secret));
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).singleResult() == null) {
            identity.createMembership(username, Groups.CAMUNDA_ADMIN);
        }
    }
}
