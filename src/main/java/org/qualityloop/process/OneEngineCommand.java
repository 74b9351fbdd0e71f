package org.qualityloop.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Work that makes many engine calls run as one engine command. The engine writes what a command did when the
 * command ends, its inserts batched by table; a call made within the command joins it instead of flushing on its
 * own. Starting fifty processes this way writes their executions, variables and tasks in a few multi-row inserts
 * instead of fifty flushes of a dozen statements each. Everything done within commits or rolls back together, as
 * the surrounding transaction would anyway; the engine's rows are not in the database until the work returns, so
 * the work must not query them with SQL of its own.
 */
@Component
public class OneEngineCommand {

    private final ProcessEngineConfigurationImpl engine;

    OneEngineCommand(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    public <T> T run(Supplier<T> work) {
        return engine.getCommandExecutorTxRequired().execute(context -> work.get());
    }
}
