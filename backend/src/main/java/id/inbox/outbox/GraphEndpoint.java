package id.inbox.outbox;

/** Where the Graph API is: INBOX_WHATSAPP_GRAPH_URL (tests replace this bean with their local stand-in). */
public interface GraphEndpoint {

    /** The base including the API version, without a trailing slash, e.g. https://graph.facebook.com/v21.0. */
    String baseUrl();
}
