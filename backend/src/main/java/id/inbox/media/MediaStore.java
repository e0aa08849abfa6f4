package id.inbox.media;

import id.inbox.common.Database;
import id.inbox.common.Handle;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** The files of messages in table message_media (V11__media.sql). */
@ApplicationScoped
public class MediaStore {

    /** A stored file. */
    public record StoredFile(String mimeType, String fileName, long sizeBytes, byte[] content, String providerMediaId) {
    }

    private final Database db;

    MediaStore(Database db) {
        this.db = db;
    }

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<StoredFile> find(long tenantId, long messageId) {
        return db.withHandle(handle -> Sql.of("""
                        select mime_type, file_name, size_bytes, content, provider_media_id from message_media
                         where tenant_id = :tenant and message_id = :message""")
                .bind("tenant", tenantId).bind("message", messageId).query(handle).map(Rows.of(StoredFile.class)).findOne());
    }

    /** Stores the file of a message in the caller's handle (and transaction, if any); a file already there stays. */
    public void save(Handle handle, long tenantId, long messageId, String mimeType, String fileName, byte[] content, Instant now) {
        Sql.of("""
                        insert into message_media (tenant_id, message_id, mime_type, file_name, size_bytes, sha256, content, created_at)
                        values (:tenant, :message, :mime, :name, :size, :sha, :content, :now)
                        on conflict (tenant_id, message_id) do nothing""")
                .bind("tenant", tenantId).bind("message", messageId).bind("mime", mimeType).bind("name", fileName)
                .bind("size", (long) content.length).bind("sha", sha256Hex(content)).bind("content", content).bind("now", now).update(handle)
                .execute();
    }

    public void save(long tenantId, long messageId, String mimeType, String fileName, byte[] content, Instant now) {
        db.useHandle(handle -> save(handle, tenantId, messageId, mimeType, fileName, content, now));
    }

    /** Records Graph's id of an uploaded file, so that a retry sends the message without uploading again. */
    public void uploaded(long tenantId, long messageId, String providerMediaId) {
        db.useHandle(handle -> Sql.of("""
                        update message_media set provider_media_id = :id where tenant_id = :tenant and message_id = :message""")
                .bind("id", providerMediaId).bind("tenant", tenantId).bind("message", messageId).update(handle).execute());
    }
}
