package org.qualityloop.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A new production database has no users: the first administrator is created from
 * {@code qualityloop.admin.initial-password} (environment {@code QUALITYLOOP_ADMIN_INITIAL_PASSWORD}), once.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private final UserAccounts users;
    private final JdbcClient jdbc;
    private final String initialPassword;

    AdminBootstrap(UserAccounts users, JdbcClient jdbc,
                   @Value("${qualityloop.admin.initial-password:}") String initialPassword) {
        this.users = users;
        this.jdbc = jdbc;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean hasAdmin = jdbc.sql("select count(*) from app_user where role = 'ADMIN'").query(Integer.class).single() > 0;
        if (!hasAdmin && !initialPassword.isBlank()) {
            users.create("admin", initialPassword, "系统管理员", Role.ADMIN, null, null, null);
            // a password that was in the environment is nobody's own: changed at the first sign-in
            users.requirePasswordChange("admin");
        }
    }
}
