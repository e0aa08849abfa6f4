package id.inbox.whatsapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The webhook's body as the contract documents it. The API never binds these: it reads the body as raw bytes,
 * checks their signature and stores them as they are (WhatsAppMessages reads the stored JSON).
 */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "WhatsAppNotification", description = "A WhatsApp Cloud API webhook notification, as Meta documents it")
    public record Notification(
            @Schema(required = true, examples = "whatsapp_business_account") String object,
            @Schema(required = true) List<Entry> entry) {
    }

    @Schema(name = "WhatsAppEntry")
    public record Entry(
            @Schema(description = "The WhatsApp Business Account id") String id,
            List<Change> changes) {
    }

    @Schema(name = "WhatsAppChange")
    public record Change(
            @Schema(description = "Only 'messages' is processed", examples = "messages") String field,
            ChangeValue value) {
    }

    @Schema(name = "WhatsAppChangeValue")
    public record ChangeValue(
            @JsonProperty("messaging_product") @Schema(examples = "whatsapp") String messagingProduct,
            Metadata metadata,
            @Schema(description = "The customers: profile.name and wa_id") List<Object> contacts,
            @Schema(description = "Customer messages (text, image, video, audio, document, sticker, location, contacts, "
                    + "interactive, button, reaction, and types the inbox keeps as unsupported)") List<Object> messages,
            @Schema(description = "Delivery statuses of outbound messages: sent, delivered, read, failed") List<Object> statuses) {
    }

    @Schema(name = "WhatsAppMetadata")
    public record Metadata(
            @JsonProperty("display_phone_number") String displayPhoneNumber,
            @JsonProperty("phone_number_id") @Schema(description = "Picks the channel: its external id") String phoneNumberId) {
    }

    @Schema(name = "WebhookReceipt")
    public record Receipt(
            @Schema(required = true, description = "Always true: the event is stored and will be processed") boolean stored) {
    }
}
