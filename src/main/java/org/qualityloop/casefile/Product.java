package org.qualityloop.casefile;

/** The sampled product. */
public record Product(String name, String model, String batch, String category) {
}
