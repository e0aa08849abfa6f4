package id.inbox.demo;

import id.inbox.common.Handle;
import id.inbox.common.Sql;
import id.inbox.common.SqlBatch;
import id.inbox.room.RoomDtos;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a demo company's rows: the company with its people, channels and tags, then its rooms, each with its
 * contact, messages and tags. Messages and room tags go in batches, flushed every {@value #ROOMS_PER_FLUSH} rooms.
 */
final class DemoRows implements AutoCloseable {

    private static final int ROOMS_PER_FLUSH = 50;
    private static final String[] TAGS = {
        "pengiriman:Pengiriman:#2563eb", "pembayaran:Pembayaran:#059669", "refund:Refund:#d97706",
        "komplain:Komplain:#dc2626", "produk:Produk:#7c3aed", "promo:Promo:#db2777",
        "vip:VIP:#ca8a04", "grosir:Grosir:#0891b2"};

    private final Handle handle;
    private final Instant now;
    private SqlBatch messages;
    private SqlBatch roomTags;
    private int roomsInBatch;
    private int providerSequence;

    DemoRows(Handle handle, Instant now) {
        this.handle = handle;
        this.now = now;
    }

    /** The company, its people (all with the demo password), its channels and tags. */
    DemoCompany writeCompany(DemoTenant tenant, String passwordHash) {
        long tenantId = createdNow(Sql.of("""
                        insert into tenant (name, expiring_threshold_minutes, created_at)
                        values (:name, :threshold, :now) returning id""")
                .bind("name", tenant.name())
                .bind("threshold", (int) DemoRoomPlanner.EXPIRING_THRESHOLD.toMinutes()));
        Map<String, Long> userIds = new LinkedHashMap<>();
        for (DemoTenant.User user : tenant.users()) {
            userIds.put(user.username(), createdNow(Sql.of("""
                            insert into app_user (tenant_id, username, password_hash, display_name, role, active, created_at)
                            values (:tenant, :username, :hash, :name, :role, :active, :now) returning id""")
                    .bind("tenant", tenantId)
                    .bind("username", user.username())
                    .bind("hash", passwordHash)
                    .bind("name", user.displayName())
                    .bind("role", user.role())
                    .bind("active", user.active())));
        }
        List<DemoCompany.ChannelRow> channels = new ArrayList<>();
        for (DemoTenant.Channel channel : tenant.channels()) {
            channels.add(new DemoCompany.ChannelRow(createdNow(Sql.of("""
                            insert into channel (tenant_id, kind, name, external_id, window_minutes, created_at, connected_at)
                            values (:tenant, :kind, :name, :externalId, :windowMinutes, :now, :now) returning id""")
                    .bind("tenant", tenantId)
                    .bind("kind", channel.kind())
                    .bind("name", channel.name())
                    .bind("externalId", channel.externalId())
                    .bind("windowMinutes", channel.windowMinutes())), channel));
        }
        Map<String, Long> tagIds = new LinkedHashMap<>();
        for (String tag : TAGS) {
            String[] parts = tag.split(":");
            tagIds.put(parts[0], createdNow(Sql.of("""
                            insert into tag (tenant_id, name, color, created_at) values (:tenant, :name, :color, :now) returning id""")
                    .bind("tenant", tenantId)
                    .bind("name", parts[1])
                    .bind("color", parts[2])));
        }
        return new DemoCompany(tenantId, tenant, userIds, channels, tagIds);
    }

    /** The company's WhatsApp templates, on each of its WhatsApp channels. */
    void writeTemplates(DemoCompany company) {
        for (DemoCompany.ChannelRow channel : company.channels()) {
            if (!"WHATSAPP".equals(channel.spec().kind())) {
                continue;
            }
            for (DemoTemplates.Template template : DemoTemplates.of(company.spec().name())) {
                createdNow(Sql.of("""
                                insert into template (tenant_id, channel_id, name, language, category, body,
                                                      placeholder_count, examples, status, created_at)
                                values (:tenant, :channel, :name, :language, :category, :body, :placeholders,
                                        cast(:examples as text[]), :status, :now)
                                returning id""")
                        .bind("tenant", company.tenantId())
                        .bind("channel", channel.id())
                        .bind("name", template.name())
                        .bind("language", template.language())
                        .bind("category", template.category())
                        .bind("body", template.body())
                        .bind("placeholders", template.placeholderCount())
                        .bind("examples", template.examples())
                        .bind("status", template.status()));
            }
        }
    }

    void writeRoom(DemoCompany company, DemoRoom room) {
        long contactId = returningId(Sql.of("""
                        insert into contact (tenant_id, external_id, name, avatar_url, phone, created_at)
                        values (:tenant, :externalId, :name, :avatarUrl, :phone, :createdAt) returning id""")
                .bind("tenant", company.tenantId())
                .bind("externalId", room.contact().externalId())
                .bind("name", room.contact().name())
                .bind("avatarUrl", room.contact().avatarUrl())
                .bind("phone", room.contact().phone())
                .bind("createdAt", room.createdAt()));
        DemoRoom.Line lastMessage = room.lastMessage();
        long roomId = returningId(Sql.of("""
                        insert into room (tenant_id, contact_id, channel_id, status, assignee_id, last_message_preview,
                                          last_message_direction, last_message_sender_id, last_message_at, last_activity_at,
                                          last_inbound_at, window_expires_at, unread_count, resolved_at, resolved_by, created_at)
                        values (:tenant, :contact, :channel, :status, :assignee, :preview, :direction, :lastSender,
                                :lastMessageAt, :lastActivityAt, :lastInboundAt, :windowExpiresAt, :unread, :resolvedAt, :resolvedBy,
                                :createdAt)
                        returning id""")
                .bind("tenant", company.tenantId())
                .bind("contact", contactId)
                .bind("channel", room.channel().id())
                .bind("status", room.status())
                .bind("assignee", room.assignee())
                .bind("preview", RoomDtos.LastMessage.previewOf(lastMessage.body()))
                .bind("direction", lastMessage.direction())
                .bind("lastSender", lastMessage.inbound() ? null : lastMessage.senderId())
                .bind("lastMessageAt", lastMessage.at())
                .bind("lastActivityAt", room.lastActivity())
                .bind("lastInboundAt", room.lastInbound())
                .bind("windowExpiresAt", room.windowExpiresAt())
                .bind("unread", room.unread())
                .bind("resolvedAt", room.resolvedAt())
                .bind("resolvedBy", room.resolvedBy())
                .bind("createdAt", room.createdAt()));
        addMessages(company.tenantId(), roomId, room.lines());
        addTags(company, roomId, room);
        if (++roomsInBatch == ROOMS_PER_FLUSH) {
            flush();
        }
    }

    private void addMessages(long tenantId, long roomId, List<DemoRoom.Line> lines) {
        if (messages == null) {
            messages = handle.batch("""
                    insert into message (tenant_id, room_id, direction, kind, body, sender_user_id, delivery_status,
                                         provider_message_id, created_at, system_event, system_target_user_id)
                    values (:tenant, :room, :direction, :kind, :body, :sender, :deliveryStatus, :providerMessageId,
                            :createdAt, :systemEvent, :systemTarget)""");
        }
        for (DemoRoom.Line line : lines) {
            Map<String, Object> values = new HashMap<>();
            values.put("tenant", tenantId);
            values.put("room", roomId);
            values.put("direction", line.direction());
            values.put("kind", line.kind());
            values.put("body", line.body());
            values.put("sender", line.senderId());
            values.put("deliveryStatus", line.deliveryStatus());
            values.put("providerMessageId", line.inbound() ? "demo-" + tenantId + "-" + (++providerSequence) : null);
            values.put("createdAt", line.at());
            values.put("systemEvent", line.systemEvent());
            values.put("systemTarget", line.systemTarget());
            messages.add(values);
        }
    }

    private void addTags(DemoCompany company, long roomId, DemoRoom room) {
        if (roomTags == null) {
            roomTags = handle.batch("""
                    insert into room_tag (tenant_id, room_id, tag_id, created_at) values (:tenant, :room, :tag, :createdAt)""");
        }
        for (String tag : room.tags()) {
            roomTags.add(Map.of("tenant", company.tenantId(), "room", roomId, "tag", company.tagIds().get(tag),
                    "createdAt", room.createdAt()));
        }
    }

    private void flush() {
        for (SqlBatch batch : new SqlBatch[] {messages, roomTags}) {
            if (batch != null) {
                batch.execute();
            }
        }
        roomsInBatch = 0;
    }

    /** Writes what is still batched. */
    @Override
    public void close() {
        flush();
    }

    private long returningId(Sql insert) {
        return insert.query(handle).mapTo(Long.class).one();
    }

    /** The same, for a row of the company itself, created now. */
    private long createdNow(Sql insert) {
        return returningId(insert.bind("now", now));
    }
}
