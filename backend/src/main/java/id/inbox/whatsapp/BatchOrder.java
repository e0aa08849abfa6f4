package id.inbox.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Comparator;

/**
 * The order in which a worker processes the events of its batch: by the number and customer the event is about
 * (so concurrent batches, on other threads or instances, take the contact and room locks of their customers in
 * one order and do not deadlock each other), then by id (so one customer's messages are applied as they arrived).
 * An event about several customers, or a deadlock with the API's own room updates, still can lose PostgreSQL's
 * deadlock check: that event is rolled back to its savepoint and retried like any other failure.
 */
final class BatchOrder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchOrder() {
    }

    /** Sorts by the key of {@link #key(byte[])}, then by id. */
    static <T> Comparator<T> of(java.util.function.Function<T, byte[]> payload, java.util.function.ToLongFunction<T> id) {
        java.util.Map<T, String> keys = new java.util.IdentityHashMap<>();
        return Comparator.<T, String>comparing(event -> keys.computeIfAbsent(event, e -> key(payload.apply(e))))
                .thenComparingLong(id);
    }

    /** phone_number_id and the customer's wa_id of the first change; "" when the payload has none (or is not JSON). */
    static String key(byte[] payload) {
        try {
            JsonNode value = JSON.readTree(payload).path("entry").path(0).path("changes").path(0).path("value");
            String customer = value.path("messages").path(0).path("from").asText(
                    value.path("statuses").path(0).path("recipient_id").asText(""));
            return value.path("metadata").path("phone_number_id").asText("") + "/" + customer;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
