package id.inbox.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.ProblemCode;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.template.TemplateDtos.SkippedTemplate;
import id.inbox.template.TemplateDtos.TemplateSyncResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Applies what a template sync read, in one transaction: approved templates are inserted or brought up to date;
 * the channel's approved templates WhatsApp no longer lists as approved become DISABLED (kept, since messages
 * reference them, but no longer sendable). Syncs of one number run one after the other (the credential row is
 * locked).
 */
@ApplicationScoped
public class TemplateSyncStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Clock clock;

    private final LiveEvents live;

    TemplateSyncStore(Database db, Clock clock, LiveEvents live) {
        this.live = live;
        this.db = db;
        this.clock = clock;
    }

    /** A template's examples as a JSON array, one element of the statement's text[] (arrays of arrays must be even). */
    private static String json(List<String> examples) {
        try {
            return JSON.writeValueAsString(examples);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiException disconnected(long channelId) {
        return ApiException.unprocessable(ProblemCode.CHANNEL_DISCONNECTED,
                "Channel " + channelId + " is disconnected; connect the number again before syncing its templates.");
    }

    @Transactional
    public TemplateSyncResult apply(long tenantId, long channelId, List<SyncedTemplate> approved, List<SkippedTemplate> skipped) {
        return db.withHandle(handle -> {
            boolean connected = Sql.of("""
                            select cc.channel_id from channel_credential cc join channel ch on ch.id = cc.channel_id
                             where cc.tenant_id = :tenant and cc.channel_id = :channel and ch.active
                               for update of cc""")
                    .bind("tenant", tenantId).bind("channel", channelId).query(handle)
                    .mapTo(Long.class).findOne().isPresent();
            if (!connected) {
                throw disconnected(channelId);
            }
            List<Boolean> written = Sql.of("""
                            insert into template as t (tenant_id, channel_id, name, language, category, body, placeholder_count,
                                                       examples, status, created_at)
                            select :tenant, :channel, x.name, x.language, x.category, x.body, x.placeholders,
                                   array(select jsonb_array_elements_text(x.examples::jsonb)), 'APPROVED', :now
                              from unnest(cast(:names as text[]), cast(:languages as text[]), cast(:categories as text[]),
                                          cast(:bodies as text[]), cast(:counts as int[]), cast(:examples as text[]))
                                   as x(name, language, category, body, placeholders, examples)
                            on conflict (tenant_id, channel_id, name, language) do update
                               set category = excluded.category, body = excluded.body,
                                   placeholder_count = excluded.placeholder_count, examples = excluded.examples, status = 'APPROVED'
                             where (t.category, t.body, t.placeholder_count, t.examples, t.status) is distinct from
                                   (excluded.category, excluded.body, excluded.placeholder_count, excluded.examples, 'APPROVED')
                            returning (xmax = 0) as inserted""")
                    .bind("tenant", tenantId).bind("channel", channelId).bind("now", clock.instant())
                    .bind("names", approved.stream().map(SyncedTemplate::name).toList())
                    .bind("languages", approved.stream().map(SyncedTemplate::language).toList())
                    .bind("categories", approved.stream().map(t -> t.category().name()).toList())
                    .bind("bodies", approved.stream().map(SyncedTemplate::body).toList())
                    .bind("counts", approved.stream().map(SyncedTemplate::placeholderCount).toList())
                    .bind("examples", approved.stream().map(t -> json(t.examples())).toList()).query(handle)
                    .mapTo(Boolean.class).list();
            int added = (int) written.stream().filter(Boolean::booleanValue).count();
            int disabled = Sql.of("""
                            update template t set status = 'DISABLED'
                             where t.tenant_id = :tenant and t.channel_id = :channel and t.status = 'APPROVED'
                               and not exists (select 1 from unnest(cast(:names as text[]), cast(:languages as text[])) as x(name, language)
                                                where x.name = t.name and x.language = t.language)""")
                    .bind("tenant", tenantId).bind("channel", channelId)
                    .bind("names", approved.stream().map(SyncedTemplate::name).toList())
                    .bind("languages", approved.stream().map(SyncedTemplate::language).toList()).update(handle)
                    .execute();
            Sql.of("update channel_credential set templates_synced_at = :now where channel_id = :channel")
                    .bind("now", clock.instant()).bind("channel", channelId).update(handle).execute();
            if (!written.isEmpty() || disabled > 0) {
                live.referenceChanged(tenantId, LiveEvents.Reference.TEMPLATES);
            }
            return new TemplateSyncResult(added, written.size() - added, disabled, approved.size(), skipped);
        });
    }
}
