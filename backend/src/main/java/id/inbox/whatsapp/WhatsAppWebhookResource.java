package id.inbox.whatsapp;

import id.inbox.common.ApiException;
import id.inbox.common.InboxConfig;
import id.inbox.common.ProblemCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The WhatsApp Cloud API webhook: the URL to give Meta is https://your-host/webhooks/whatsapp. No bearer token:
 * the handshake proves the verify token, every notification is signed with the app secret.
 */
@Path("/webhooks/whatsapp")
@Tag(name = "Webhooks", description = "Called by the channel providers, not by people or integrations")
@PermitAll
public class WhatsAppWebhookResource {

    private final InboxConfig.WhatsApp config;
    private final WebhookInbox inbox;

    WhatsAppWebhookResource(InboxConfig config, WebhookInbox inbox) {
        this.config = config.whatsapp();
        this.inbox = inbox;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @SecurityRequirements
    @Operation(operationId = "verifyWhatsAppWebhook", summary = "WhatsApp webhook subscription handshake",
            description = "Meta calls this when the webhook is set up: with hub.mode=subscribe and the verify token "
                    + "(INBOX_WHATSAPP_VERIFY_TOKEN) it answers hub.challenge as plain text.")
    @APIResponse(responseCode = "200", description = "The challenge, echoed",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, examples = "1158201444")))
    @APIResponse(responseCode = "403", description = "Not a subscription, or the wrong verify token (forbidden)")
    @APIResponse(responseCode = "503", description = "INBOX_WHATSAPP_VERIFY_TOKEN is not set (whatsapp-not-configured)")
    public String verify(@Parameter(description = "subscribe", example = "subscribe") @QueryParam("hub.mode") String mode,
                         @Parameter(description = "The verify token typed into Meta's webhook settings")
                         @QueryParam("hub.verify_token") String token,
                         @Parameter(description = "What to answer", example = "1158201444") @QueryParam("hub.challenge") String challenge) {
        String expected = config.verifyToken().orElseThrow(() -> notConfigured("INBOX_WHATSAPP_VERIFY_TOKEN"));
        boolean tokenMatches = token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !tokenMatches || challenge == null) {
            throw ApiException.forbidden("Not a webhook subscription with the right verify token.");
        }
        return challenge;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "receiveWhatsAppWebhook", summary = "WhatsApp webhook notification",
            description = "Meta posts customer messages and delivery statuses here. The body must be signed: "
                    + "X-Hub-Signature-256 is sha256= and the hex HMAC-SHA256 of the raw body keyed with the app secret "
                    + "(INBOX_WHATSAPP_APP_SECRET). A signed notification is stored and acknowledged at once; it is "
                    + "processed afterwards, exactly once, and retried until it succeeds.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookDtos.Notification.class)))
    @APIResponse(responseCode = "200", description = "Stored; processing follows",
            content = @Content(schema = @Schema(implementation = WebhookDtos.Receipt.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature; nothing was stored (invalid-signature)")
    @APIResponse(responseCode = "503", description = "INBOX_WHATSAPP_APP_SECRET is not set (whatsapp-not-configured), or the "
            + "database is unavailable (database-unavailable): nothing was stored, and Meta retries")
    public WebhookDtos.Receipt receive(@Parameter(required = true, description = "sha256=<hex HMAC-SHA256 of the body>",
                                               example = "sha256=6f1c0e2a5b0c4f3f9a1d2e3c4b5a69788796a5b4c3d2e1f00112233445566778")
                                       @HeaderParam(WebhookSignature.HEADER) String signature,
                                       byte[] body) {
        String secret = config.appSecret().orElseThrow(() -> notConfigured("INBOX_WHATSAPP_APP_SECRET"));
        byte[] raw = body == null ? new byte[0] : body;
        if (!WebhookSignature.valid(signature, raw, secret)) {
            throw new ApiException(401, ProblemCode.INVALID_SIGNATURE, "Invalid signature",
                    "X-Hub-Signature-256 is missing or is not the signature of this body.");
        }
        inbox.store(raw);
        return new WebhookDtos.Receipt(true);
    }

    private static ApiException notConfigured(String variable) {
        return new ApiException(503, ProblemCode.WHATSAPP_NOT_CONFIGURED, "WhatsApp is not configured",
                "The WhatsApp webhook is not set up on this installation (" + variable + ").");
    }
}
