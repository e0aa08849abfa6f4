package id.inbox.channel;

import id.inbox.common.ApiException;
import id.inbox.common.InboxConfig;
import id.inbox.common.ProblemCode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts provider credentials at rest with AES-256-GCM under INBOX_SECRETS_KEY. A ciphertext is
 * version (1) || 12-byte random nonce || ciphertext with its 128-bit tag; the associated data names the
 * channel, so a value copied to another channel's row does not decrypt. An unset key is no start-up error
 * (sandbox-only installations need none) but every use says clearly what is missing; a malformed key stops
 * the start.
 */
@ApplicationScoped
@Startup
public class TokenCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Optional<SecretKey> key;
    private final SecureRandom random = new SecureRandom();

    @Inject
    TokenCipher(InboxConfig config) {
        this(config.secrets().key());
    }

    /** With the key as INBOX_SECRETS_KEY gives it (base64), or none. */
    public TokenCipher(Optional<String> base64Key) {
        this.key = base64Key.filter(value -> !value.isBlank()).map(TokenCipher::parse);
    }

    /** Thrown when a credential must be read or written but INBOX_SECRETS_KEY is not set. */
    public static final class KeyMissing extends ApiException {
        KeyMissing() {
            super(503, ProblemCode.SECRETS_KEY_MISSING, "Secrets key not configured",
                    "This installation has no INBOX_SECRETS_KEY (base64 of 32 random bytes), which encrypts WhatsApp access "
                            + "tokens; an operator must set it on every instance.");
        }
    }

    /** A stored credential that does not decrypt (another key, or a damaged value). */
    public static final class Unreadable extends RuntimeException {
        Unreadable(Throwable cause) {
            super("The stored access token cannot be decrypted with INBOX_SECRETS_KEY", cause);
        }
    }

    static SecretKey parse(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("INBOX_SECRETS_KEY is not base64; set it to the base64 of 32 random bytes "
                    + "(e.g. `openssl rand -base64 32`)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("INBOX_SECRETS_KEY must be the base64 of exactly 32 bytes, it has " + bytes.length
                    + " (e.g. `openssl rand -base64 32`)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Fails with 503 secrets-key-missing when no key is configured. */
    public void requireKey() {
        if (key.isEmpty()) {
            throw new KeyMissing();
        }
    }

    public byte[] encrypt(String secret, long channelId) {
        requireKey();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(channelId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(byte[] stored, long channelId) {
        requireKey();
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new Unreadable(null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(channelId));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new Unreadable(e);
        }
    }

    private static byte[] associatedData(long channelId) {
        return ("channel:" + channelId).getBytes(StandardCharsets.UTF_8);
    }
}
