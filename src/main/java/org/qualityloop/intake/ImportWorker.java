package org.qualityloop.intake;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works the imports in the background, one claimed import at a time per node, batch by batch, renewing its lease as
 * it goes; an import whose node died is taken up again once its lease has run out, from the rows already done.
 * Public so that a test can work the imports when the schedule is off.
 */
@Component
public class ImportWorker {

    static final Duration LEASE = Duration.ofSeconds(60);

    private final IntakeImports imports;

    ImportWorker(IntakeImports imports) {
        this.imports = imports;
    }

    @Scheduled(fixedDelayString = "${qualityloop.intake.import-poll:PT1S}",
            initialDelayString = "${qualityloop.intake.import-poll:PT1S}")
    public void poll() {
        Optional<UUID> claimed = imports.claim(LEASE);
        while (claimed.isPresent()) {
            UUID id = claimed.get();
            while (imports.work(id)) {
                // each batch renews the lease
            }
            claimed = imports.claim(LEASE);
        }
    }
}
