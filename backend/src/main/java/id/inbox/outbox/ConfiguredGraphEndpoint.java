package id.inbox.outbox;

import id.inbox.common.InboxConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** The Graph API base from the configuration (INBOX_WHATSAPP_GRAPH_URL). */
@ApplicationScoped
public class ConfiguredGraphEndpoint implements GraphEndpoint {

    private final String baseUrl;

    ConfiguredGraphEndpoint(InboxConfig config) {
        String url = config.whatsapp().graphUrl().strip();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }
}
