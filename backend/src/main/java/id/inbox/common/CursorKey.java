package id.inbox.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The key that signs cursors. Every instance behind one load balancer must use the same key, or a
 * cursor from one instance is refused by the next: inbox.cursor.key when set (production should set
 * it, and rotate it by changing it: open cursors then start over), else a random key created once
 * per installation in the server_secret table, which all instances on that database share.
 * Held statically because cursors are encoded and decoded in plain records and repositories.
 */
@ApplicationScoped
public class CursorKey {

    private static final int MIN_KEY_BYTES = 32;
    private static volatile byte[] key;

    private final InboxConfig config;
    private final Database db;

    CursorKey(InboxConfig config, Database db) {
        this.config = config;
        this.db = db;
    }

    @Transactional
    void load(@Observes StartupEvent start) {
        key = config.cursor().key()
                .map(configured -> {
                    byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
                    if (bytes.length < MIN_KEY_BYTES) {
                        throw new IllegalStateException("inbox.cursor.key must have at least " + MIN_KEY_BYTES + " bytes");
                    }
                    return bytes;
                })
                .orElseGet(this::installationKey);
    }

    private byte[] installationKey() {
        byte[] fresh = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        // the first instance to start wins; the others read its key
        return db.withHandle(handle -> {
            Sql.of("insert into server_secret (name, value) values ('cursor', :fresh) on conflict (name) do nothing")
                    .bind("fresh", fresh).update(handle)
                    .execute();
            return Sql.of("select value from server_secret where name = 'cursor'").query(handle).mapTo(byte[].class).one();
        });
    }

    static byte[] sign(byte[] data) {
        byte[] current = key;
        if (current == null) {
            throw new IllegalStateException("cursor key not loaded yet");
        }
        return Cursor.hmac(current, data);
    }
}
