package org.qualityloop.classification;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local rules behind the classification inputs: how far back a repeat failure counts, and which product
 * categories are on the key-product catalogue (重点产品目录).
 */
@ConfigurationProperties("qualityloop.classification")
record ClassificationProperties(@DefaultValue("2") int repeatFailureYears,
                                @DefaultValue List<String> keyProductCategories) {
}
