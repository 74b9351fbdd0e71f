package org.qualityloop.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh PostgreSQL database per test run, created on the local server and dropped after. */
public final class TestDatabase {

    public static final String HOST = System.getenv().getOrDefault("QUALITYLOOP_TEST_PG_HOST", "127.0.0.1:5432");
    public static final String USER = System.getenv().getOrDefault("QUALITYLOOP_TEST_PG_USER", "postgres");
    static final String ADMIN_URL = "jdbc:postgresql://" + HOST + "/test";

    private static String name;

    private TestDatabase() {
    }

    static synchronized void register(DynamicPropertyRegistry registry) {
        if (name == null) {
            name = "qualityloop_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
            execute("create database " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + HOST + "/" + name);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        // a dozen test contexts stay cached side by side: each keeps few connections and lets idle ones go,
        // so together they stay well under the server's max_connections (100)
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }

    /** A database of its own, for a test that changes what every other test relies on (a year's calendar). */
    public static void registerFresh(DynamicPropertyRegistry registry) {
        String own = "qualityloop_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("create database " + own);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + own + " with (force)")));
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + HOST + "/" + own);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }

    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql, e);
        }
    }
}
