package org.qualityloop.identity;

/**
 * Whether an enterprise is known to the service, asked when an enterprise's account is created or rescoped. The
 * registry lives with the cases, which record the enterprises they sample; it answers through this port.
 */
public interface EnterpriseRegistry {

    boolean isRegistered(String uscc);
}
