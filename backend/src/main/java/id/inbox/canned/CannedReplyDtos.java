package id.inbox.canned;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CannedReplyDtos {

    /** The letters of a shortcut: lower-case letters, digits and '-', 1 to 40 of them. */
    public static final String SHORTCUT = "^[a-z0-9-]{1,40}$";
    public static final int MAX_BODY = 4096;

    static final String BODY_DOC = "The text inserted into the composer. Placeholders the inbox (SPA) fills when inserting: "
            + "{{contact.name}} (the open room's contact), {{contact.phone}} (their phone number, empty when the contact has none), "
            + "{{agent.name}} (the signed-in agent's name). Any other {{…}} is inserted as written. The API stores and returns "
            + "the text as given; other clients fill the placeholders themselves.";

    private CannedReplyDtos() {
    }

    /** COMPANY: kept by supervisors, offered to everyone in the company; PERSONAL: kept by and offered to its owner only. */
    @Schema(name = "CannedReplyScope", description = "COMPANY: kept by supervisors, offered to everyone; PERSONAL: its owner's only")
    public enum Scope { COMPANY, PERSONAL }

    @Schema(name = "CannedReply", description = "A saved reply an agent inserts into the composer by typing / and its shortcut")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CannedReplyView(
            @Schema(required = true, examples = "7") long id,
            @Schema(required = true, examples = "salam") String shortcut,
            @Schema(required = true, description = BODY_DOC, examples = "Halo {{contact.name}}, saya {{agent.name}}. Ada yang bisa kami bantu?")
            String body,
            @Schema(required = true) Scope scope,
            @Schema(required = true, description = "Whether the caller may change and delete it: their own personal replies, "
                    + "and company-wide ones for supervisors") boolean editable,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "CannedReplyPage")
    public record CannedReplyPage(
            @Schema(required = true) List<CannedReplyView> items,
            @Schema(required = true, nullable = true, description = "Pass as cursor for the next page; null on the last page") String nextCursor) {
    }

    @Schema(name = "CreateCannedReplyRequest")
    public record CreateCannedReplyRequest(
            @Schema(required = true, description = "Typed after / in the composer: lower-case letters, digits and '-', 1 to 40; "
                    + "unique among the company-wide replies, and among each person's own", examples = "salam", pattern = SHORTCUT)
            @NotNull @Pattern(regexp = SHORTCUT) String shortcut,
            @Schema(required = true, description = BODY_DOC, minLength = 1, maxLength = MAX_BODY,
                    examples = "Halo {{contact.name}}, saya {{agent.name}}. Ada yang bisa kami bantu?")
            @NotNull @Size(min = 1, max = MAX_BODY) String body,
            @Schema(required = true, description = "COMPANY needs the supervisor role (403 company-reply-supervisors-only)")
            @NotNull Scope scope) {
    }

    @Schema(name = "UpdateCannedReplyRequest", description = "Only the fields given change; the scope stays")
    public record UpdateCannedReplyRequest(
            @Schema(examples = "salam-pagi", pattern = SHORTCUT) @Pattern(regexp = SHORTCUT) String shortcut,
            @Schema(description = BODY_DOC, minLength = 1, maxLength = MAX_BODY) @Size(min = 1, max = MAX_BODY) String body) {
    }
}
