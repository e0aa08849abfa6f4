package id.inbox.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.inbox.room.RoomDtos.ChannelRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ContactDtos {

    /** Limits of what the team writes about a contact (V18__contact_panel.sql holds the database's own). */
    public static final int MAX_NOTES = 4000;
    public static final int MAX_ATTRIBUTES = 50;
    public static final int MAX_ATTRIBUTE_KEY = 60;
    public static final int MAX_ATTRIBUTE_VALUE = 500;

    private ContactDtos() {
    }

    @Schema(name = "Contact", description = "A customer as the contact panel shows them. The ETag header (and version) "
            + "is the version of what the team edits (name, notes, attributes)")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ContactView(
            @Schema(required = true, examples = "311") long id,
            @Schema(required = true, examples = "Siti Rahmawati") String name,
            @Schema(required = true, nullable = true, description = "E.164", examples = "+6281234567890") String phone,
            @Schema(required = true, description = "The network's or integrator's id of the customer (phone number, "
                    + "handle, e-mail)", examples = "6281234567890") String externalId,
            @Schema(required = true, nullable = true, examples = "/avatars/07.svg") String avatarUrl,
            @Schema(required = true, description = "The channels this person has rooms on: this contact's and those of "
                    + "the company's other contacts with the same phone number, by name") List<ChannelRef> channels,
            @Schema(required = true, description = "The team's notes about the customer; never shown to them",
                    maxLength = MAX_NOTES, examples = "Pelanggan grosir, minta faktur") String notes,
            @Schema(required = true, description = "The team's fields about the customer (key to value), keys in "
                    + "alphabetical order") Map<String, String> attributes,
            @Schema(required = true, description = "Increases with every edit by the team", examples = "3") int version) {
    }

    @Schema(name = "ContactUpdate", description = "The fields to change; a field left out (or null) stays as it is. "
            + "attributes replaces all of the contact's attributes; {} removes them all.")
    public record ContactUpdate(
            @Schema(description = "1 to 200 characters, not blank. Once renamed, a contact keeps this name when the "
                    + "network sends another profile name", maxLength = 200, examples = "Siti Rahmawati (grosir)")
            @Size(min = 1, max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String name,
            @Schema(description = "At most 4000 characters; \"\" clears them", maxLength = MAX_NOTES)
            @Size(max = MAX_NOTES) String notes,
            @Schema(description = "At most 50 keys of 1 to 60 characters (not blank), values at most 500 characters",
                    maxProperties = MAX_ATTRIBUTES)
            @Size(max = MAX_ATTRIBUTES) Map<@NotBlank @Size(max = MAX_ATTRIBUTE_KEY) String,
                    @NotNull @Size(max = MAX_ATTRIBUTE_VALUE) String> attributes) {
    }
}
