package org.qualityloop.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo (users, then cases dated back step by step on the engine clock) before the web server takes
 * its first request. The cases move the engine's one global clock while they are made; a request served
 * meanwhile would be dated weeks back, and a sign-in would find no users. So the seeding is a lifecycle
 * phase that ends before the web server's begins: the server listens, and reports ready, only afterwards.
 */
@Component
@ConditionalOnProperty(name = "qualityloop.demo.enabled", havingValue = "true")
class DemoSeed implements SmartLifecycle {

    /** Before the web server starts, which Spring Boot does at {@code SMART_LIFECYCLE_PHASE - 1024}. */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    private final DemoData data;
    private final DemoCases cases;
    private final boolean withCases;
    private volatile boolean running;

    /** {@code qualityloop.demo.cases=false}: the users and bureaus only, for a data set built by hand (tests). */
    DemoSeed(DemoData data, DemoCases cases, @Value("${qualityloop.demo.cases:true}") boolean withCases) {
        this.data = data;
        this.cases = cases;
        this.withCases = withCases;
    }

    @Override
    public void start() {
        data.seed();
        if (withCases) {
            cases.seed();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
