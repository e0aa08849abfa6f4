package id.inbox.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.support.GraphStandIn;
import id.inbox.template.TemplateDtos.TemplateCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a sync keeps of a template as Meta lists it, and why it leaves one out. */
class SyncedTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SyncedTemplate.Read read(String json) throws Exception {
        return SyncedTemplate.read(JSON.readTree(json));
    }

    private static String withComponents(String components) {
        return "{\"name\":\"order_update\",\"language\":\"en_US\",\"status\":\"APPROVED\",\"category\":\"UTILITY\","
                + "\"components\":[" + components + "]}";
    }

    @Test
    void aBodyWithPositionalPlaceholdersAFooterAndQuickRepliesIsKept() throws Exception {
        SyncedTemplate.Read read = read(withComponents("{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Your order\"},"
                + "{\"type\":\"BODY\",\"text\":\"Hi {{1}}, order {{2}} ships {{1}}.\"},{\"type\":\"FOOTER\",\"text\":\"Toko\"},"
                + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"QUICK_REPLY\",\"text\":\"Thanks\"},"
                + "{\"type\":\"URL\",\"text\":\"Track\",\"url\":\"https://toko.test/track\"}]}"));

        assertThat(read.skipped()).isNull();
        assertThat(read.template()).isEqualTo(new SyncedTemplate("order_update", "en_US", TemplateCategory.UTILITY,
                "Hi {{1}}, order {{2}} ships {{1}}.", 2, List.of()));
    }

    @Test
    void theExampleValuesTheTemplateWasApprovedWithAreKeptOnePerPlaceholder() throws Exception {
        SyncedTemplate.Read read = read(withComponents("{\"type\":\"BODY\",\"text\":\"Hi {{1}}, order {{2}} shipped.\","
                + "\"example\":{\"body_text\":[[\"Siti\",\"ORD-482913\"]]}}"));

        assertThat(read.template().examples()).containsExactly("Siti", "ORD-482913");
    }

    @Test
    void examplesThatDoNotMatchThePlaceholdersAreLeftOut() throws Exception {
        assertThat(read(withComponents("{\"type\":\"BODY\",\"text\":\"Hi {{1}}, order {{2}} shipped.\","
                + "\"example\":{\"body_text\":[[\"Siti\"]]}}")).template().examples()).isEmpty();
        assertThat(read(withComponents("{\"type\":\"BODY\",\"text\":\"Hi {{1}}.\","
                + "\"example\":{\"body_text\":[[7]]}}")).template().examples()).isEmpty();
    }

    @Test
    void whatNeedsValuesTheInboxCannotSendIsSkippedWithItsReason() throws Exception {
        assertThat(read(withComponents("{\"type\":\"HEADER\",\"format\":\"IMAGE\"},{\"type\":\"BODY\",\"text\":\"New\"}")).skipped())
                .startsWith("media header");
        assertThat(read(withComponents("{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Hi {{1}}\"},{\"type\":\"BODY\",\"text\":\"x\"}"))
                .skipped()).startsWith("header with a variable");
        assertThat(read(withComponents("{\"type\":\"BODY\",\"text\":\"x\"},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"URL\","
                + "\"text\":\"Track\",\"url\":\"https://toko.test/{{1}}\"}]}")).skipped()).contains("button with a value");
        assertThat(read(withComponents("{\"type\":\"BODY\",\"text\":\"{{1}} is your code\"},{\"type\":\"BUTTONS\",\"buttons\":"
                + "[{\"type\":\"OTP\",\"otp_type\":\"COPY_CODE\"}]}")).skipped()).startsWith("otp button");
        assertThat(read(withComponents("{\"type\":\"BODY\",\"text\":\"Hi {{first_name}}\"}")).skipped()).startsWith("named");
        assertThat(read(withComponents("{\"type\":\"BODY\",\"text\":\"Hi {{2}}\"}")).skipped()).startsWith("named or non-sequential");
        assertThat(read(withComponents("{\"type\":\"CAROUSEL\",\"cards\":[]},{\"type\":\"BODY\",\"text\":\"x\"}")).skipped())
                .startsWith("component CAROUSEL");
        assertThat(read(withComponents("{\"type\":\"FOOTER\",\"text\":\"only a footer\"}")).skipped()).startsWith("no body");
    }

    @Test
    void anUnknownCategoryOrANameTheInboxCannotStoreIsSkipped() throws Exception {
        JsonNode legacy = JSON.readTree(GraphStandIn.template("old_one", "id", "APPROVED", "TRANSACTIONAL", "Halo"));
        assertThat(SyncedTemplate.read(legacy).skipped()).isEqualTo("unsupported category TRANSACTIONAL");
        JsonNode upper = JSON.readTree(GraphStandIn.template("Promo", "id", "APPROVED", "MARKETING", "Halo"));
        assertThat(SyncedTemplate.read(upper).skipped()).isEqualTo("unsupported name or language");
    }
}
