package id.inbox.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Access tokens at rest: AES-256-GCM under INBOX_SECRETS_KEY, bound to their channel. */
class TokenCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString("test-only-key-do-not-use-in-prod".getBytes(StandardCharsets.US_ASCII));
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another-test-only-key-32-bytes!!".getBytes(StandardCharsets.US_ASCII));

    @Test
    void aTokenDecryptsForItsChannelAndIsNotStoredInClear() {
        TokenCipher cipher = new TokenCipher(Optional.of(KEY));

        byte[] stored = cipher.encrypt("EAAG-secret-token", 7);

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("EAAG");
        assertThat(cipher.decrypt(stored, 7)).isEqualTo("EAAG-secret-token");
        assertThat(cipher.encrypt("EAAG-secret-token", 7)).as("a fresh nonce each time").isNotEqualTo(stored);
    }

    @Test
    void aCiphertextCopiedToAnotherChannelDoesNotDecrypt() {
        TokenCipher cipher = new TokenCipher(Optional.of(KEY));

        byte[] stored = cipher.encrypt("EAAG-secret-token", 7);

        assertThatThrownBy(() -> cipher.decrypt(stored, 8)).isInstanceOf(TokenCipher.Unreadable.class);
    }

    @Test
    void anotherKeyCannotReadIt() {
        byte[] stored = new TokenCipher(Optional.of(KEY)).encrypt("EAAG-secret-token", 7);

        assertThatThrownBy(() -> new TokenCipher(Optional.of(OTHER_KEY)).decrypt(stored, 7)).isInstanceOf(TokenCipher.Unreadable.class);
    }

    @Test
    void withoutAKeyEveryUseSaysWhatIsMissing() {
        TokenCipher cipher = new TokenCipher(Optional.empty());

        assertThatThrownBy(() -> cipher.encrypt("EAAG", 1)).isInstanceOf(TokenCipher.KeyMissing.class)
                .hasMessageContaining("INBOX_SECRETS_KEY");
    }

    @Test
    void aKeyOfTheWrongLengthStopsTheStart() {
        assertThatThrownBy(() -> new TokenCipher(Optional.of(Base64.getEncoder().encodeToString(new byte[16]))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new TokenCipher(Optional.of("not base64!"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("base64");
    }
}
