package id.inbox.media;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.message.MessageDtos.MessageKind;
import org.junit.jupiter.api.Test;

/** How files are served: names that cannot break out of the header or the download folder, no active types. */
class MediaRulesTest {

    @Test
    void fileNamesLoseTheirPathQuotesAndControlCharacters() {
        assertThat(MediaRules.safeFileName("../../etc/passwd", MessageKind.DOCUMENT, "text/plain")).isEqualTo("passwd");
        assertThat(MediaRules.safeFileName("C:\\Users\\x\\invoice \"1\".pdf", MessageKind.DOCUMENT, "application/pdf"))
                .isEqualTo("invoice _1_.pdf");
        assertThat(MediaRules.safeFileName("a\r\nSet-Cookie: x.pdf", MessageKind.DOCUMENT, "application/pdf"))
                .isEqualTo("a__Set-Cookie_ x.pdf");
        assertThat(MediaRules.safeFileName("...", MessageKind.IMAGE, "image/jpeg")).isEqualTo("image.jpeg");
        assertThat(MediaRules.safeFileName(null, MessageKind.DOCUMENT, "application/vnd.ms-excel")).isEqualTo("document.bin");
    }

    @Test
    void picturesAudioAndVideoAreInlineDocumentsAndActiveTypesAreAttachments() {
        assertThat(MediaRules.disposition(MessageKind.IMAGE, "image/jpeg", null)).startsWith("inline; filename=\"image.jpeg\"");
        assertThat(MediaRules.disposition(MessageKind.DOCUMENT, "application/pdf", "Faktur Mei.pdf"))
                .isEqualTo("attachment; filename=\"Faktur Mei.pdf\"; filename*=UTF-8''Faktur%20Mei.pdf");
        assertThat(MediaRules.disposition(MessageKind.IMAGE, "image/svg+xml", "x.svg")).startsWith("attachment;");
        assertThat(MediaRules.disposition(MessageKind.DOCUMENT, "text/plain", "Pesanan ñ.txt"))
                .isEqualTo("attachment; filename=\"Pesanan _.txt\"; filename*=UTF-8''Pesanan%20%C3%B1.txt");
    }

    @Test
    void typesABrowserCouldRunScriptInAreServedAsBytes() {
        assertThat(MediaRules.servedType("audio/ogg; codecs=opus")).isEqualTo("audio/ogg");
        assertThat(MediaRules.servedType("text/html")).isEqualTo("application/octet-stream");
        assertThat(MediaRules.servedType("image/svg+xml")).isEqualTo("application/octet-stream");
        assertThat(MediaRules.servedType("not a type")).isEqualTo("application/octet-stream");
        assertThat(MediaRules.servedType(null)).isEqualTo("application/octet-stream");
    }

    @Test
    void shaIsAcceptedAsGraphsHexOrTheWebhooksBase64() {
        String hex = MediaStore.sha256Hex("abc".getBytes());
        assertThat(MediaService.matches(hex, hex.toUpperCase())).isTrue();
        assertThat(MediaService.matches(hex, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")).isTrue();
        assertThat(MediaService.matches(hex, null)).isTrue();
        assertThat(MediaService.matches(hex, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa1=")).isFalse();
    }
}
