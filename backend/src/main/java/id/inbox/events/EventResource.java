package id.inbox.events;

import id.inbox.auth.Caller;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

@Path("/api/v1/events")
@Tag(name = "Live updates", description = "Every change to your company's rooms and messages, pushed as it commits (Server-Sent Events)")
@Authenticated
public class EventResource {

    private final Caller caller;
    private final LiveStreams streams;

    EventResource(Caller caller, LiveStreams streams) {
        this.caller = caller;
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    @Operation(operationId = "streamEvents", summary = "Your company's changes as they happen (Server-Sent Events)",
            description = """
                    A Server-Sent Events stream of every change to your company's rooms and messages, in commit order, \
                    for as long as the access token is valid (then `goodbye` with `token-expired`: refresh the token \
                    and reconnect with `Last-Event-ID`). Each durable event has an `id:` that grows per company; \
                    reconnecting with the last one received replays every later event exactly once, in order. \
                    A comment line (`: keep-alive`) is sent after 15 s without events.

                    The stream starts with `ready` (without `Last-Event-ID`: carrying the newest id; load what you \
                    show after it), or, when resuming, with the missed events and then `ready` without an id. An id \
                    older than the log keeps (24 hours by default) or unknown gets `resync`: reload everything. \
                    On the wire each event is the SSE fields `id:` (when it has one), `event:` and one `data:` line of \
                    JSON; the examples show them as `LiveEvent` objects. `mention.created` (a private note mentioned \
                    you) goes to your own streams only; others skip its id.""")
    @APIResponse(responseCode = "200", description = "The stream; each event's data is described by LiveEvent.data",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = EventDtos.LiveEvent.class),
                    examples = {
                            @ExampleObject(name = "ready", summary = "id: 4211, event: ready",
                                    value = "{\"id\":\"4211\",\"event\":\"ready\",\"data\":{\"resumed\":false}}"),
                            @ExampleObject(name = "message.created", summary = "A customer's message",
                                    value = "{\"id\":\"4212\",\"event\":\"message.created\",\"data\":{\"roomId\":1823,"
                                            + "\"message\":{\"id\":99120,\"roomId\":1823,\"direction\":\"INBOUND\",\"kind\":\"TEXT\","
                                            + "\"body\":\"Pesanan saya sudah dikirim?\",\"createdAt\":\"2026-12-02T03:15:09.114Z\"}}}"),
                            @ExampleObject(name = "rooms.bulk-resolved", summary = "Resolve-all-expired: one event",
                                    value = "{\"id\":\"4213\",\"event\":\"rooms.bulk-resolved\",\"data\":{\"batchId\":"
                                            + "\"5f0c7f3e-2b7a-4c53-9a53-3f1f5e2d8a11\",\"count\":61,\"by\":{\"id\":3,\"name\":\"Budi Santoso\"}}}"),
                            @ExampleObject(name = "goodbye", summary = "The stream ends (no id)",
                                    value = "{\"event\":\"goodbye\",\"data\":{\"reason\":\"token-expired\"}}")}))
    public void stream(@Context SseEventSink sink, @Context Sse sse,
                       @Parameter(description = "The id of the last event received, to resume after it")
                       @HeaderParam("Last-Event-ID") String lastEventId) {
        streams.open(caller.tenantId(), caller.userId(), caller.sessionId().orElse(null), caller.expiresAt().orElse(null),
                lastEventId, sink, sse);
    }
}
