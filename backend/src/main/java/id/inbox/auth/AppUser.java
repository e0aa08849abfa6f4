package id.inbox.auth;

/**
 * An agent or supervisor of a tenant, with the company it belongs to; integrators use a supervisor-role account.
 *
 * @param username     an e-mail address, stored lower-case; unique across tenants because login names no tenant
 * @param passwordHash bcrypt
 * @param kind         {@code person} signs in with a password; {@code api_key} is the service account of an API key
 */
public record AppUser(long id, long tenantId, String tenantName, String username, String passwordHash,
                      String displayName, Role role, boolean active, String kind) {
}
