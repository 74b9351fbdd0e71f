package org.qualityloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** QualityLoop (质量闭环): the post-processing loop for nonconforming products on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QualityLoopApplication {

    public static void main(String[] args) {
        SpringApplication.run(QualityLoopApplication.class, args);
    }
}
