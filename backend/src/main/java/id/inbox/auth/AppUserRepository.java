package id.inbox.auth;

import id.inbox.common.Database;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Users as sign-in and the current-user answer see them: with their company's name. */
@ApplicationScoped
public class AppUserRepository {

    private static final String SELECT = """
            select u.id, u.tenant_id, t.name as tenant_name, u.username, u.password_hash, u.display_name, u.role,
                   u.active, u.kind
            from app_user u join tenant t on t.id = u.tenant_id
            """;

    private final Database db;

    AppUserRepository(Database db) {
        this.db = db;
    }

    /** The person who signs in with this (lower-case) username; API keys' service accounts never do. */
    public Optional<AppUser> findPerson(String username) {
        return db.withHandle(handle -> Sql.of(SELECT + "where u.username = :username and u.kind = 'person'")
                .bind("username", username).query(handle)
                .map(Rows.of(AppUser.class))
                .findOne());
    }

    /** The user only when it belongs to the tenant: another tenant's user is as absent as a missing one. */
    public Optional<AppUser> findInTenant(long tenantId, long userId) {
        return db.withHandle(handle -> Sql.of(SELECT + "where u.id = :user and u.tenant_id = :tenant")
                .bind("user", userId)
                .bind("tenant", tenantId).query(handle)
                .map(Rows.of(AppUser.class))
                .findOne());
    }

    public void changePassword(long userId, String passwordHash, Instant changedAt) {
        db.useHandle(handle -> Sql.of("""
                        update app_user set password_hash = :hash, password_changed_at = :changedAt where id = :user""")
                .bind("hash", passwordHash)
                .bind("changedAt", changedAt.atOffset(ZoneOffset.UTC))
                .bind("user", userId).update(handle)
                .execute());
    }
}
