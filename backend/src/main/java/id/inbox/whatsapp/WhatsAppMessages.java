package id.inbox.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import id.inbox.common.PhoneNumbers;
import id.inbox.message.InboundService.Arrival;
import id.inbox.message.MessageDtos.ChosenReply;
import id.inbox.message.MessageDtos.ContactCard;
import id.inbox.message.MessageDtos.Location;
import id.inbox.message.MessageDtos.Media;
import id.inbox.message.MessageDtos.MessageContent;
import id.inbox.message.MessageDtos.MessageKind;
import id.inbox.message.MessageDtos.Reaction;
import id.inbox.message.MessageDtos.ReplyKind;
import id.inbox.room.RoomDtos.AdReferral;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One element of a webhook's {@code messages[]}, as Meta documents it, turned into what the inbox stores:
 * a readable body (the text, a caption, "[image]"), the structured content, the reply context, the ad
 * referral. A type the inbox does not know becomes UNSUPPORTED with its type; nothing is dropped. Text
 * from the payload is cut to what the columns hold and cleared of NUL, so a payload can never make its
 * own processing fail for ever.
 */
final class WhatsAppMessages {

    static final int MAX_BODY = 4096;

    private WhatsAppMessages() {
    }

    /** The customer of a message: wa_id (international number, digits) and profile name from value.contacts[]. */
    record Customer(String waId, String name) {
    }

    /** A reaction to the message with the provider id target; emoji null when the reaction was removed. */
    record ReactionTo(String providerMessageId, String target, String emoji, Instant at, Customer customer) {
    }

    /** The wamid of a message, null when it has none. */
    static String id(JsonNode message) {
        return text(message, "id", 200);
    }

    static Customer customer(JsonNode value, JsonNode message) {
        String from = text(message, "from", 200);
        String name = null;
        for (JsonNode contact : value.path("contacts")) {
            if (from == null || from.equals(contact.path("wa_id").asText(null))) {
                from = from == null ? text(contact, "wa_id", 200) : from;
                name = text(contact.path("profile"), "name", 200);
                break;
            }
        }
        return new Customer(from, name);
    }

    /** When the customer sent it (the payload's Unix seconds), never after now. */
    static Instant sentAt(JsonNode message, Instant now) {
        JsonNode timestamp = message.path("timestamp");
        try {
            long seconds = timestamp.isNumber() ? timestamp.asLong() : Long.parseLong(timestamp.asText("").trim());
            Instant sent = Instant.ofEpochSecond(seconds);
            return sent.isAfter(now) ? now : sent;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return now;
        }
    }

    static boolean isReaction(JsonNode message) {
        return "reaction".equals(message.path("type").asText());
    }

    static ReactionTo reaction(JsonNode value, JsonNode message, Instant now) {
        JsonNode reaction = message.path("reaction");
        return new ReactionTo(id(message), text(reaction, "message_id", 200), text(reaction, "emoji", 32),
                sentAt(message, now), customer(value, message));
    }

    /** The message to store in channel channelId. */
    static Arrival arrival(long channelId, JsonNode value, JsonNode message, Instant now) {
        Customer customer = customer(value, message);
        String type = message.path("type").asText("");
        Stored stored = content(type, message);
        JsonNode context = message.path("context");
        boolean forwarded = context.path("forwarded").asBoolean(false) || context.path("frequently_forwarded").asBoolean(false);
        String replyTo = forwarded ? null : text(context, "id", 200);
        return new Arrival(channelId, customer.waId(), customer.name(), phone(customer.waId()), null, stored.kind(),
                clean(stored.body(), MAX_BODY), stored.content(), id(message), sentAt(message, now), replyTo, forwarded,
                referral(message.path("referral")));
    }

    /** A reaction to a message the inbox does not have: kept as a message of its own. */
    static Arrival orphanReaction(long channelId, JsonNode value, JsonNode message, ReactionTo reaction) {
        Customer customer = reaction.customer();
        return new Arrival(channelId, customer.waId(), customer.name(), phone(customer.waId()), null, MessageKind.REACTION,
                "[reaction " + reaction.emoji() + "]",
                new MessageContent(null, null, null, null, new Reaction(reaction.target(), reaction.emoji()), null),
                reaction.providerMessageId(), reaction.at(), null, false, null);
    }

    private record Stored(MessageKind kind, String body, MessageContent content) {
    }

    private static Stored content(String type, JsonNode message) {
        switch (type) {
            case "text":
                return new Stored(MessageKind.TEXT, orElse(text(message.path("text"), "body", MAX_BODY), "[text]"), null);
            case "image":
                return media(MessageKind.IMAGE, message.path("image"), "[image]");
            case "video":
                return media(MessageKind.VIDEO, message.path("video"), "[video]");
            case "audio":
                return media(MessageKind.AUDIO, message.path("audio"),
                        message.path("audio").path("voice").asBoolean(false) ? "[voice message]" : "[audio]");
            case "document":
                return media(MessageKind.DOCUMENT, message.path("document"), "[document]");
            case "sticker":
                return media(MessageKind.STICKER, message.path("sticker"), "[sticker]");
            case "location":
                return location(message.path("location"));
            case "contacts":
                return contacts(message.path("contacts"));
            case "interactive":
                return interactive(message.path("interactive"));
            case "button": {
                JsonNode button = message.path("button");
                String title = orElse(text(button, "text", 1000), "[button]");
                return new Stored(MessageKind.INTERACTIVE_REPLY, title, new MessageContent(null, null, null,
                        new ChosenReply(ReplyKind.TEMPLATE_BUTTON, text(button, "payload", 1000), title, null), null, null));
            }
            default:
                return unsupported(type.isEmpty() ? "unknown" : type);
        }
    }

    private static Stored unsupported(String type) {
        String shown = type.length() > 60 ? type.substring(0, 60) : type;
        return new Stored(MessageKind.UNSUPPORTED, "[unsupported message: " + shown + "]",
                new MessageContent(null, null, null, null, null, clean(shown, 60)));
    }

    private static Stored media(MessageKind kind, JsonNode media, String placeholder) {
        String caption = text(media, "caption", MAX_BODY);
        String filename = text(media, "filename", 500);
        Boolean voice = media.has("voice") ? media.path("voice").asBoolean() : null;
        Boolean animated = media.has("animated") ? media.path("animated").asBoolean() : null;
        Media content = new Media(orElse(text(media, "id", 200), ""), text(media, "mime_type", 200), text(media, "sha256", 200),
                caption, filename, voice, animated, null);
        String body = caption != null ? caption : kind == MessageKind.DOCUMENT && filename != null ? "[document] " + filename : placeholder;
        return new Stored(kind, body, new MessageContent(content, null, null, null, null, null));
    }

    private static Stored location(JsonNode node) {
        double latitude = node.path("latitude").asDouble();
        double longitude = node.path("longitude").asDouble();
        String name = text(node, "name", 1000);
        String address = text(node, "address", 1000);
        Location location = new Location(latitude, longitude, name, address, text(node, "url", 2000));
        String where = name != null && address != null ? name + ", " + address
                : name != null ? name : address != null ? address : String.format(Locale.ROOT, "%.6f, %.6f", latitude, longitude);
        return new Stored(MessageKind.LOCATION, "[location] " + where, new MessageContent(null, location, null, null, null, null));
    }

    private static Stored contacts(JsonNode node) {
        List<ContactCard> cards = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (JsonNode contact : node) {
            String name = orElse(text(contact.path("name"), "formatted_name", 500),
                    orElse(text(contact.path("name"), "first_name", 500), "?"));
            List<String> phones = new ArrayList<>();
            contact.path("phones").forEach(phone -> add(phones, text(phone, "phone", 100)));
            List<String> emails = new ArrayList<>();
            contact.path("emails").forEach(email -> add(emails, text(email, "email", 320)));
            cards.add(new ContactCard(name, phones, emails, text(contact.path("org"), "company", 500)));
            shown.add(phones.isEmpty() ? name : name + " " + phones.get(0));
        }
        return new Stored(MessageKind.CONTACTS, "[contact] " + String.join("; ", shown),
                new MessageContent(null, null, cards, null, null, null));
    }

    private static Stored interactive(JsonNode node) {
        String type = node.path("type").asText("");
        ReplyKind kind;
        JsonNode chosen;
        if ("button_reply".equals(type)) {
            kind = ReplyKind.BUTTON_REPLY;
            chosen = node.path("button_reply");
        } else if ("list_reply".equals(type)) {
            kind = ReplyKind.LIST_REPLY;
            chosen = node.path("list_reply");
        } else {
            return unsupported("interactive" + (type.isEmpty() ? "" : ":" + type));
        }
        String title = orElse(text(chosen, "title", 1000), "[reply]");
        return new Stored(MessageKind.INTERACTIVE_REPLY, title, new MessageContent(null, null, null,
                new ChosenReply(kind, text(chosen, "id", 1000), title, text(chosen, "description", 1000)), null, null));
    }

    private static AdReferral referral(JsonNode referral) {
        if (referral.isMissingNode() || !referral.isObject()) {
            return null;
        }
        return new AdReferral(text(referral, "headline", 1000), text(referral, "body", 2000), text(referral, "source_type", 100),
                text(referral, "source_id", 200), text(referral, "source_url", 2000));
    }

    /** Digits of the customer's number (wa_id is international without the plus); null when it is not one. */
    static String phone(String waId) {
        if (waId == null) {
            return null;
        }
        String digits = PhoneNumbers.digits(waId);
        return digits.length() >= 6 && digits.length() <= 15 ? digits : null;
    }

    private static void add(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** A text field, cleaned; null when missing or blank. */
    static String text(JsonNode node, String field, int max) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = clean(value.asText(), max);
        return text.isBlank() ? null : text;
    }

    /** NUL removed (PostgreSQL text cannot hold it), at most max characters, no lone surrogate at the cut. */
    static String clean(String text, int max) {
        String cleaned = text.replace("\u0000", "");
        if (cleaned.codePointCount(0, cleaned.length()) <= max) {
            return cleaned;
        }
        return cleaned.substring(0, cleaned.offsetByCodePoints(0, max - 1)) + "…";
    }
}
