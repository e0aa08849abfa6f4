package id.inbox.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.message.MessageDtos.MessageContent;

/** message.content (jsonb) to and from {@link MessageContent}: the stored shape is the wire shape. */
public final class MessageContents {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private MessageContents() {
    }

    public static MessageContent read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, MessageContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message.content does not have the shape of MessageContent", e);
        }
    }

    public static String write(MessageContent content) {
        if (content == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("MessageContent is always serialisable", e);
        }
    }
}
