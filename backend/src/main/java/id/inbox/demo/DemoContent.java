package id.inbox.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** The scripted conversations, names and products of demo/conversations.json. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoContent(List<Conversation> conversations, Map<String, Names> names, Map<String, List<String>> products) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Conversation(String lang, String topic, List<String> tags, List<String> channels, List<Line> messages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String from, String text) {
        boolean fromCustomer() {
            return "customer".equals(from);
        }
    }

    record Names(List<String> first, List<String> last) {
    }
}
