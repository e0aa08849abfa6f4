package id.inbox.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * Request bodies are read strictly: a body is one JSON value without duplicate keys or trailing data,
 * numbers, booleans, text and dates are never converted into each other (1.5 is not the id 1, 1 is not
 * a date in 1970), and text that PostgreSQL cannot store or that is not Unicode (NUL, other control
 * characters, lone surrogates) is refused here, with the field named, before it reaches a service.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // after Quarkus registered its modules, so these deserializers win
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.DateTime}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.EmptyString}) {
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        mapper.registerModule(new SimpleModule("inbox-strict-json")
                .addDeserializer(String.class, new Text())
                .addDeserializer(OffsetDateTime.class, new DateTime()));
    }

    /** A text value that is a JSON string of storable characters. */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            String fault = fault(text);
            if (fault != null) {
                throw new InvalidText(parser, fault);
            }
            return text;
        }

        /** Why the text cannot be stored, or null when it can. */
        static String fault(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                    return "must not contain control characters such as NUL";
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return "must be valid Unicode text (no lone surrogate)";
                }
            }
            return null;
        }
    }

    /** An RFC 3339 date-time (the contract's format: date-time), so years stay within what PostgreSQL stores. */
    static final class DateTime extends StdScalarDeserializer<OffsetDateTime> {
        private static final Pattern RFC_3339 =
                Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

        DateTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            if (!RFC_3339.matcher(parser.getText()).matches()) {
                throw MismatchedInputException.from(parser, OffsetDateTime.class, "not an RFC 3339 date-time");
            }
            return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
        }
    }

    /** Text refused for its characters; answered 400 invalid-character naming the field. */
    public static final class InvalidText extends MismatchedInputException {
        InvalidText(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }
}
