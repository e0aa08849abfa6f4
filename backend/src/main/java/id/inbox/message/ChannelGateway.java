package id.inbox.message;

import id.inbox.channel.ChannelKind;

/**
 * Sends an outbound message to the customer's network. Real providers (WhatsApp Cloud API, Meta
 * Graph, SMTP, …) implement this; the default is {@link SandboxGateway}.
 */
public interface ChannelGateway {

    record Outbound(long tenantId, long channelId, ChannelKind channelKind, String channelExternalId,
                    String contactExternalId, String body, String templateName, String templateLanguage) {
    }

    record Receipt(String providerMessageId, MessageDtos.DeliveryStatus status) {
    }

    Receipt send(Outbound message);
}
