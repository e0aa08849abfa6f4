package id.inbox.presence;

import id.inbox.auth.Caller;
import id.inbox.presence.PresenceDtos.Presence;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/presence")
@Tag(name = "Presence")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PresenceResource {

    private final Caller caller;
    private final PresenceService presence;

    PresenceResource(Caller caller, PresenceService presence) {
        this.caller = caller;
        this.presence = presence;
    }

    @GET
    @Operation(operationId = "getPresence", summary = "Who is viewing which room now",
            description = "Every room of your company that someone views, with its viewers (yourself included; leave yourself "
                    + "out when showing them). Load it when the event stream says ready or resync, then follow the presence "
                    + "events, each the full list of one room's viewers.")
    @APIResponse(responseCode = "200", description = "The rooms with viewers", content = @Content(
            schema = @Schema(implementation = Presence.class),
            examples = @ExampleObject(name = "two viewers", value = "{\"rooms\": [{\"roomId\": 1, \"viewers\": ["
                    + "{\"id\": 3, \"name\": \"Budi Santoso\", \"typing\": true}, {\"id\": 4, \"name\": \"Sari Dewi\", \"typing\": false}]}]}")))
    public Presence get() {
        return presence.everywhere(caller);
    }
}
