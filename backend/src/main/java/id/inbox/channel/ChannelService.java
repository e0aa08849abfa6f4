package id.inbox.channel;

import id.inbox.auth.Caller;
import id.inbox.channel.ChannelDtos.ChannelView;
import id.inbox.channel.ChannelDtos.ConnectChannelRequest;
import id.inbox.channel.ChannelDtos.ConnectedChannel;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.Handle;
import id.inbox.common.ProblemCode;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The channels a company is connected to, and connecting, re-keying and disconnecting WhatsApp Cloud numbers. */
@ApplicationScoped
public class ChannelService {

    /** WhatsApp's customer-service window. */
    static final int WHATSAPP_WINDOW_MINUTES = 24 * 60;

    private static final String CONNECTED = """
            select ch.id, ch.kind, ch.name, ch.provider, case when ch.kind = 'WHATSAPP' then ch.external_id end as phone_number_id,
                   cc.waba_id, ch.window_minutes, ch.active, ch.connected_at, ch.disconnected_at,
                   cc.updated_at as token_updated_at, cc.templates_synced_at
              from channel ch left join channel_credential cc on cc.channel_id = ch.id
             where ch.tenant_id = :tenant""";

    private final Database db;
    private final TokenCipher cipher;
    private final Clock clock;

    private final LiveEvents live;

    ChannelService(Database db, TokenCipher cipher, Clock clock, LiveEvents live) {
        this.live = live;
        this.db = db;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The company's active channels, by network and name. */
    public List<ChannelView> list(long tenantId) {
        return db.withHandle(handle -> Sql.of("""
                        select id, kind, name, window_minutes from channel where tenant_id = :tenant and active
                        order by kind, lower(name), id""")
                .bind("tenant", tenantId).query(handle)
                .map(Rows.of(ChannelView.class))
                .list());
    }

    /** Every channel of the company, connected or not, with how it is connected (the supervisors' settings). */
    public List<ConnectedChannel> connections(long tenantId) {
        return db.withHandle(handle -> Sql.of(CONNECTED + " order by not ch.active, ch.kind <> 'WHATSAPP', ch.kind, lower(ch.name), ch.id")
                .bind("tenant", tenantId).query(handle)
                .map(Rows.of(ConnectedChannel.class))
                .list());
    }

    /**
     * Connects a WhatsApp Cloud number (its phone-number id is the channel's external id). A number the company
     * disconnected earlier is connected again on its old channel, so its rooms continue; one that is connected is 409.
     */
    @Transactional
    public ConnectedChannel connect(Caller caller, ConnectChannelRequest request) {
        if (request.kind() != ChannelKind.WHATSAPP) {
            throw ApiException.invalid("kind", "only WHATSAPP numbers (WhatsApp Cloud API) can be connected");
        }
        cipher.requireKey();
        Instant now = clock.instant();
        return db.withHandle(handle -> {
            Optional<Long> id = Sql.of("""
                            insert into channel as ch (tenant_id, kind, name, external_id, window_minutes, active, created_at, provider, connected_at)
                            values (:tenant, 'WHATSAPP', :name, :phoneNumberId, :window, true, :now, 'WHATSAPP_CLOUD', :now)
                            on conflict (tenant_id, kind, external_id) do update
                               set name = excluded.name, active = true, disconnected_at = null, provider = 'WHATSAPP_CLOUD',
                                   connected_at = excluded.connected_at
                             where not ch.active
                            returning ch.id""")
                    .bind("tenant", caller.tenantId()).bind("name", request.name().strip())
                    .bind("phoneNumberId", request.phoneNumberId()).bind("window", WHATSAPP_WINDOW_MINUTES).bind("now", now)
                    .query(handle).mapTo(Long.class).findOne();
            if (id.isEmpty()) {
                throw ApiException.conflict(ProblemCode.CHANNEL_ALREADY_CONNECTED,
                        "Phone-number id " + request.phoneNumberId() + " is already connected as a WhatsApp channel of your company.");
            }
            long channelId = id.get();
            Sql.of("""
                            insert into channel_credential (channel_id, tenant_id, provider, access_token_enc, waba_id, updated_at)
                            values (:channel, :tenant, 'WHATSAPP_CLOUD', :token, :waba, :now)
                            on conflict (channel_id) do update
                               set access_token_enc = excluded.access_token_enc, waba_id = excluded.waba_id, updated_at = excluded.updated_at""")
                    .bind("channel", channelId).bind("tenant", caller.tenantId())
                    .bind("token", cipher.encrypt(request.accessToken(), channelId))
                    .bind("waba", request.wabaId()).bind("now", now).update(handle)
                    .execute();
            live.referenceChanged(caller.tenantId(), LiveEvents.Reference.CHANNELS);
            return connected(handle, caller.tenantId(), channelId);
        });
    }

    /** Replaces the access token of a connected number (e.g. a rotated system-user token). */
    @Transactional
    public ConnectedChannel replaceToken(Caller caller, long channelId, String accessToken) {
        cipher.requireKey();
        return db.withHandle(handle -> {
            channelKind(handle, caller.tenantId(), channelId);
            int updated = Sql.of("""
                            update channel_credential set access_token_enc = :token, updated_at = :now
                             where tenant_id = :tenant and channel_id = :channel""")
                    .bind("token", cipher.encrypt(accessToken, channelId)).bind("now", clock.instant())
                    .bind("tenant", caller.tenantId()).bind("channel", channelId).update(handle)
                    .execute();
            if (updated == 0) {
                throw notACloudChannel(channelId);
            }
            return connected(handle, caller.tenantId(), channelId);
        });
    }

    /** Sets the WhatsApp Business Account id of a connected number (needed to sync its templates). */
    @Transactional
    public ConnectedChannel setWabaId(Caller caller, long channelId, String wabaId) {
        return db.withHandle(handle -> {
            channelKind(handle, caller.tenantId(), channelId);
            int updated = Sql.of("update channel_credential set waba_id = :waba where tenant_id = :tenant and channel_id = :channel")
                    .bind("waba", wabaId).bind("tenant", caller.tenantId()).bind("channel", channelId).update(handle)
                    .execute();
            if (updated == 0) {
                throw notACloudChannel(channelId);
            }
            return connected(handle, caller.tenantId(), channelId);
        });
    }

    /**
     * Disconnects a channel: it leaves the channel list, its stored access token is deleted, and messages still
     * queued for it fail (channel-disconnected). Its rooms and messages stay. Disconnecting again changes nothing.
     */
    @Transactional
    public void disconnect(Caller caller, long channelId) {
        db.useHandle(handle -> {
            channelKind(handle, caller.tenantId(), channelId);
            Sql.of("""
                            update channel set active = false, disconnected_at = coalesce(disconnected_at, :now)
                             where tenant_id = :tenant and id = :channel""")
                    .bind("now", clock.instant()).bind("tenant", caller.tenantId()).bind("channel", channelId).update(handle)
                    .execute();
            Sql.of("delete from channel_credential where tenant_id = :tenant and channel_id = :channel")
                    .bind("tenant", caller.tenantId()).bind("channel", channelId).update(handle)
                    .execute();
            live.referenceChanged(caller.tenantId(), LiveEvents.Reference.CHANNELS);
        });
    }

    /** 404 unless the channel is the tenant's. */
    private static String channelKind(Handle handle, long tenantId, long channelId) {
        return Sql.of("select kind from channel where tenant_id = :tenant and id = :channel")
                .bind("tenant", tenantId).bind("channel", channelId).query(handle)
                .mapTo(String.class).findOne()
                .orElseThrow(() -> ApiException.notFound("Channel " + channelId));
    }

    private static ApiException notACloudChannel(long channelId) {
        return ApiException.unprocessable(ProblemCode.NOT_A_CLOUD_CHANNEL,
                "Channel " + channelId + " is not connected to WhatsApp Cloud (a sandbox or disconnected channel has no "
                        + "access token); connect the number with POST /api/v1/channels.");
    }

    private static ConnectedChannel connected(Handle handle, long tenantId, long channelId) {
        return Sql.of(CONNECTED + " and ch.id = :channel").bind("tenant", tenantId).bind("channel", channelId).query(handle)
                .map(Rows.of(ConnectedChannel.class)).one();
    }
}
