package id.inbox.template;

import com.fasterxml.jackson.databind.JsonNode;
import id.inbox.auth.Caller;
import id.inbox.channel.TokenCipher;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.ProblemCode;
import id.inbox.common.Sql;
import id.inbox.template.TemplateDtos.SkippedTemplate;
import id.inbox.template.TemplateDtos.TemplateSyncResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Syncs a WhatsApp Cloud number's approved templates: reads them from the Graph API outside any transaction,
 * then {@link TemplateSyncStore} applies them in one. Sandbox channels have no WhatsApp account to sync from.
 */
@ApplicationScoped
public class TemplateSync {

    private final Database db;
    private final TokenCipher cipher;
    private final GraphTemplates graph;
    private final TemplateSyncStore store;

    TemplateSync(Database db, TokenCipher cipher, GraphTemplates graph, TemplateSyncStore store) {
        this.db = db;
        this.cipher = cipher;
        this.graph = graph;
        this.store = store;
    }

    private record Target(boolean active, String wabaId, byte[] accessTokenEnc) {
    }

    public TemplateSyncResult sync(Caller caller, long channelId) {
        Target target = target(caller.tenantId(), channelId);
        String token;
        try {
            token = cipher.decrypt(target.accessTokenEnc(), channelId);
        } catch (TokenCipher.Unreadable e) {
            throw ApiException.unprocessable(ProblemCode.ACCESS_TOKEN_UNREADABLE,
                    "The stored access token of channel " + channelId + " cannot be decrypted with this installation's "
                            + "INBOX_SECRETS_KEY; replace the access token.");
        }
        Map<String, SyncedTemplate> approved = new LinkedHashMap<>();
        List<SkippedTemplate> skipped = new ArrayList<>();
        for (JsonNode listed : graph.all(target.wabaId(), token)) {
            if (!SyncedTemplate.approved(listed)) {
                continue;
            }
            SyncedTemplate.Read read = SyncedTemplate.read(listed);
            if (read.template() != null) {
                approved.put(SyncedTemplate.key(read.name(), read.language()), read.template());
            } else {
                skipped.add(new SkippedTemplate(read.name(), read.language(), read.skipped()));
            }
        }
        return store.apply(caller.tenantId(), channelId, List.copyOf(approved.values()), skipped);
    }

    private Target target(long tenantId, long channelId) {
        Target target = db.withHandle(handle -> Sql.of("""
                        select ch.active, cc.waba_id, cc.access_token_enc
                          from channel ch left join channel_credential cc on cc.channel_id = ch.id
                         where ch.tenant_id = :tenant and ch.id = :channel""")
                        .bind("tenant", tenantId).bind("channel", channelId).query(handle)
                        .map(rs -> new Target(rs.getBoolean("active"), rs.getString("waba_id"), rs.getBytes("access_token_enc")))
                        .findOne())
                .orElseThrow(() -> ApiException.notFound("Channel " + channelId));
        if (!target.active()) {
            throw TemplateSyncStore.disconnected(channelId);
        }
        if (target.accessTokenEnc() == null) {
            throw ApiException.unprocessable(ProblemCode.NOT_A_CLOUD_CHANNEL, "Channel " + channelId + " is a sandbox channel: "
                    + "its templates are managed locally, there is no WhatsApp account to sync them from.");
        }
        if (target.wabaId() == null) {
            throw ApiException.unprocessable(ProblemCode.WABA_ID_MISSING, "Channel " + channelId + " has no WhatsApp Business "
                    + "Account id; set it (PUT /api/v1/channels/" + channelId + "/waba-id), then sync again.");
        }
        return target;
    }
}
