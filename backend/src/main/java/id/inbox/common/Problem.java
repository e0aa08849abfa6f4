package id.inbox.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.inbox.message.MessageDtos;
import id.inbox.room.RoomDtos;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one error shape of the API. */
@Schema(name = "Problem", description = "Error response (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "URI reference identifying the problem type") String type,
        @Schema(required = true) String title,
        @Schema(required = true) int status,
        @Schema(required = true, description = "Human-readable explanation of this occurrence") String detail,
        @Schema(required = true, description = "Stable machine-readable code; the list is closed per API version") String code,
        @Schema(description = "Offending fields, for validation errors") List<FieldError> errors,
        @Schema(ref = "Room", description = "For 412 room-changed: the room as it is now, what the client had not seen")
        RoomDtos.RoomView room,
        @Schema(description = "For 409 newer-messages: the messages of the room newer than seenMessageId that the reply "
                + "was written without (from the customer or a colleague), oldest first, at most 20")
        List<MessageDtos.MessageView> messages) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, ProblemCode code, String title, String detail) {
        return new Problem("urn:inbox:problem:" + code.wire(), title, status, detail, code.wire(), null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, code, fieldErrors, room, messages);
    }

    public Problem withRoom(RoomDtos.RoomView current) {
        return new Problem(type, title, status, detail, code, errors, current, messages);
    }

    public Problem withMessages(List<MessageDtos.MessageView> newer) {
        return new Problem(type, title, status, detail, code, errors, room, newer);
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(required = true, description = "Path of the field, e.g. username") String field,
            @Schema(required = true) String message) {
    }
}
