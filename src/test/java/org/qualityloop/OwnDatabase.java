package org.qualityloop;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** An in-memory H2 database of a test class's own: for tests whose data would reach other tests' counts. */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    /** Points the class's context at a fresh database named after {@code name} (its own context, not the shared one). */
    public static void h2(DynamicPropertyRegistry registry, String name) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
