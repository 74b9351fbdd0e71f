package org.qualityloop.transactions;

import java.util.Map;

/**
 * Work that follows a committed change and may trail it by seconds (a read model kept from the cases), done for many
 * subjects at once by {@link FollowUps}. One handler per kind.
 */
public interface FollowUp {

    /** The kind of subject this handler takes, as given to {@link FollowUps#add}. */
    String kind();

    /**
     * Acts on these subjects, each with the reason last given for it, inside one transaction. Must be harmless when
     * called again for the same subjects: a batch that fails is handled again, and two nodes may take the same one.
     */
    void handle(Map<String, String> reasonBySubject);
}
