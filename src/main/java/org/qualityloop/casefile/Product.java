package org.qualityloop.casefile;

/** The sampled product, with its trademark where the report gives one. */
public record Product(String name, String model, String batch, String category, String trademark) {

    public Product(String name, String model, String batch, String category) {
        this(name, model, batch, category, null);
    }
}
