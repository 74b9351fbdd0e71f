package org.qualityloop.process;

import java.util.Arrays;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys a model only when its file changed, so restarting a node (or starting a second one) never
 * creates new process versions for unchanged files. Duplicate filtering compares resource names, so
 * each model is named by its path in {@code processes/} (the classpath root), not by an absolute file
 * path that differs between machines, working copies and the packaged jar.
 */
@Component
class EngineSettingsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration instanceof SpringProcessEngineConfiguration spring) {
            spring.setDeployChangedOnly(true);
            if (spring.getDeploymentResources() != null) {
                spring.setDeploymentResources(Arrays.stream(spring.getDeploymentResources())
                        .map(resource -> (Resource) new ModelResource(resource.getFilename()))
                        .toArray(Resource[]::new));
            }
        }
    }

    /** A classpath resource the engine names by its path within the classpath. */
    private static final class ModelResource extends ClassPathResource implements ContextResource {

        ModelResource(String path) {
            super(path);
        }

        @Override
        public String getPathWithinContext() {
            return getPath();
        }
    }
}
