package id.inbox.template;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class TemplateDtos {

    private TemplateDtos() {
    }

    /** DISABLED: synced from WhatsApp, and the last sync no longer listed it as approved; it cannot be sent. */
    public enum TemplateStatus { APPROVED, PENDING, REJECTED, DISABLED }

    public enum TemplateCategory { UTILITY, MARKETING, AUTHENTICATION }

    @Schema(name = "Template", description = "A WhatsApp message template (HSM); body placeholders are {{1}}, {{2}}, …")
    public record TemplateView(
            @Schema(required = true) long id,
            @Schema(required = true) long channelId,
            @Schema(required = true, examples = "order_shipped") String name,
            @Schema(required = true, examples = "id") String language,
            @Schema(required = true) TemplateCategory category,
            @Schema(required = true, examples = "Halo {{1}}, pesanan {{2}} sudah kami kirim.") String body,
            @Schema(required = true, examples = "2") int placeholderCount,
            @Schema(required = true) TemplateStatus status,
            @Schema(required = true, description = "Example values of {{1}} … {{n}}, in order, as the template was approved "
                    + "with them on WhatsApp (synced from Meta's example.body_text): hints for what each value is. Empty when "
                    + "the template has none, else exactly placeholderCount values", examples = "[\"Siti\", \"ORD-482913\"]")
            List<String> examples) {
    }

    @Schema(name = "TemplateList")
    public record TemplateList(@Schema(required = true) List<TemplateView> items) {
    }

    @Schema(name = "TemplateMessageRequest")
    public record TemplateMessageRequest(
            @Schema(required = true, examples = "1") @NotNull @Positive Long templateId,
            @Schema(required = true, description = "Values for {{1}}, {{2}}, … in order", examples = "[\"Siti\", \"ORD-482913\"]")
            @NotNull @Size(max = 20) List<@NotNull String> parameters) {
    }

    @Schema(name = "SkippedTemplate", description = "An approved template that was not synced, and why")
    public record SkippedTemplate(
            @Schema(required = true, examples = "order_receipt") String name,
            @Schema(required = true, examples = "en_US") String language,
            @Schema(required = true, examples = "media header (not supported for sending)") String reason) {
    }

    @Schema(name = "TemplateSyncResult", description = "What a template sync changed")
    public record TemplateSyncResult(
            @Schema(required = true, description = "Approved templates that were new", examples = "3") int added,
            @Schema(required = true, description = "Templates whose text, category or status changed", examples = "1") int updated,
            @Schema(required = true, description = "Templates WhatsApp no longer lists as approved; they can no longer be sent",
                    examples = "0") int disabled,
            @Schema(required = true, description = "Approved templates of the channel after the sync", examples = "12") int total,
            @Schema(required = true, description = "Approved templates the inbox cannot send, left out") List<SkippedTemplate> skipped) {
    }
}
