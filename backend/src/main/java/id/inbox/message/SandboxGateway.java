package id.inbox.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The gateway of channels not connected to a provider (the demo's): records the send in the log and reports
 * it delivered, so the product works out of the box without a provider account. It is reached through the
 * same outbox and relay as real providers.
 */
@ApplicationScoped
public class SandboxGateway implements ChannelGateway {

    private static final Logger LOG = Logger.getLogger(SandboxGateway.class);

    @Override
    public Receipt send(Outbound message) {
        String id = "sandbox-" + UUID.randomUUID();
        LOG.debugf("Sandbox send %s on %s channel %d to %s", id, message.channelKind(), message.channelId(),
                message.recipient());
        return new Receipt(id, MessageDtos.DeliveryStatus.DELIVERED);
    }
}
