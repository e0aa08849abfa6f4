package id.inbox.demo;

import id.inbox.room.RoomDtos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes one demo tenant with plain JDBC batches: about 300 rooms with their contacts and messages. */
final class DemoWriter {

    static final int ROOMS_PER_TENANT = 300;
    private static final Duration EXPIRING_THRESHOLD = Duration.ofHours(4);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");
    private static final String[] TAGS = {
        "pengiriman:Pengiriman:#2563eb", "pembayaran:Pembayaran:#059669", "refund:Refund:#d97706",
        "komplain:Komplain:#dc2626", "produk:Produk:#7c3aed", "promo:Promo:#db2777",
        "vip:VIP:#ca8a04", "grosir:Grosir:#0891b2"};

    private enum Target { OPEN, EXPIRING, EXPIRED }

    private record ChannelRow(long id, DemoTenant.Channel spec) {
    }

    private record Line(String direction, String kind, String body, Long senderId, Instant at, String deliveryStatus,
                        String systemEvent, Long systemTarget) {

        Line(String direction, String kind, String body, Long senderId, Instant at, String deliveryStatus) {
            this(direction, kind, body, senderId, at, deliveryStatus, null, null);
        }
    }

    private final Connection connection;
    private final DemoContent content;
    private final DemoTenant tenant;
    private final String passwordHash;
    private final Random random;
    private final Instant now = Instant.now();

    private long tenantId;
    private final Map<String, Long> userIds = new LinkedHashMap<>();
    private final List<ChannelRow> channels = new ArrayList<>();
    private final Map<String, Long> tagIds = new LinkedHashMap<>();
    private int providerSequence;

    DemoWriter(Connection connection, DemoContent content, DemoTenant tenant, String passwordHash) {
        this.connection = connection;
        this.content = content;
        this.tenant = tenant;
        this.passwordHash = passwordHash;
        this.random = new Random(tenant.randomSeed());
    }

    static Long findTenant(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id from tenant where name = ? order by id limit 1")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Moves every timestamp of the tenant forward by the time since it was seeded; returns the shift in seconds. */
    static long moveClockForward(Connection connection, long tenantId) throws SQLException {
        long seconds;
        try (PreparedStatement select = connection.prepareStatement(
                "select greatest(0, extract(epoch from now() - created_at))::bigint from tenant where id = ?")) {
            select.setLong(1, tenantId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                seconds = rs.getLong(1);
            }
        }
        if (seconds == 0) {
            return 0;
        }
        String shift = "make_interval(secs => ?)";
        String[] updates = {
            "update tenant set created_at = created_at + " + shift + " where id = ?",
            "update app_user set created_at = created_at + " + shift + " where tenant_id = ?",
            "update channel set created_at = created_at + " + shift + " where tenant_id = ?",
            "update contact set created_at = created_at + " + shift + " where tenant_id = ?",
            "update template set created_at = created_at + " + shift + " where tenant_id = ?",
            "update tag set created_at = created_at + " + shift + " where tenant_id = ?",
            "update room_tag set created_at = created_at + " + shift + " where tenant_id = ?",
            "update message set created_at = created_at + " + shift + " where tenant_id = ?",
            "update resolve_batch set created_at = created_at + " + shift + ", undo_until = undo_until + " + shift
                    + ", undone_at = undone_at + " + shift + " where tenant_id = ?",
            "update idempotency_key set created_at = created_at + " + shift + " where tenant_id = ?",
            "update room set last_message_at = last_message_at + " + shift + ", last_activity_at = last_activity_at + "
                    + shift + ", last_inbound_at = last_inbound_at + " + shift + ", window_expires_at = window_expires_at + "
                    + shift + ", resolved_at = resolved_at + " + shift + ", created_at = created_at + " + shift
                    + " where tenant_id = ?",
        };
        for (String sql : updates) {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                int shifts = sql.split("make_interval", -1).length - 1;
                for (int i = 1; i <= shifts; i++) {
                    update.setDouble(i, seconds);
                }
                update.setLong(shifts + 1, tenantId);
                update.executeUpdate();
            }
        }
        return seconds;
    }

    void write() throws SQLException {
        tenantId = insertReturningId("insert into tenant (name, expiring_threshold_minutes, created_at) values (?, ?, ?)",
                tenant.name(), (int) EXPIRING_THRESHOLD.toMinutes(), ts(now));
        for (DemoTenant.User user : tenant.users()) {
            userIds.put(user.username(), insertReturningId(
                    "insert into app_user (tenant_id, username, password_hash, display_name, role, active, created_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    tenantId, user.username(), passwordHash, user.displayName(), user.role(), user.active(), ts(now)));
        }
        for (DemoTenant.Channel channel : tenant.channels()) {
            long id = insertReturningId("insert into channel (tenant_id, kind, name, external_id, window_minutes, created_at)"
                    + " values (?, ?, ?, ?, ?, ?)", tenantId, channel.kind(), channel.name(), channel.externalId(),
                    channel.windowMinutes(), ts(now));
            channels.add(new ChannelRow(id, channel));
        }
        for (String tag : TAGS) {
            String[] parts = tag.split(":");
            tagIds.put(parts[0], insertReturningId("insert into tag (tenant_id, name, color, created_at) values (?, ?, ?, ?)",
                    tenantId, parts[1], parts[2], ts(now)));
        }
        writeTemplates();
        writeRooms();
    }

    private void writeTemplates() throws SQLException {
        String company = tenant.name();
        String[][] templates = {
            {"order_shipped", "id", "UTILITY", "APPROVED", "Halo {{1}}, pesanan {{2}} sudah kami kirim. Lacak paket Anda dengan nomor resi {{3}}. Terima kasih telah berbelanja di " + company + "."},
            {"follow_up", "id", "UTILITY", "APPROVED", "Halo {{1}}, kami ingin melanjutkan percakapan tentang {{2}}. Balas pesan ini agar tim " + company + " dapat membantu Anda."},
            {"payment_reminder", "id", "UTILITY", "APPROVED", "Halo {{1}}, pembayaran pesanan {{2}} sebesar {{3}} belum kami terima. Mohon selesaikan sebelum {{4}} agar pesanan tidak dibatalkan."},
            {"feedback_request", "id", "MARKETING", "APPROVED", "Terima kasih sudah menghubungi " + company + "! Bagaimana pelayanan kami hari ini? Balas dengan angka 1 sampai 5."},
            {"order_update", "en", "UTILITY", "APPROVED", "Hi {{1}}, here is an update on your order {{2}}: {{3}}. Reply to this message if you need any help."},
            {"promo_harbolnas", "id", "MARKETING", "PENDING", "Halo {{1}}! Harbolnas tiba: diskon hingga {{2}} untuk semua produk " + company + ". Berlaku sampai {{3}}."},
            {"login_code", "en", "AUTHENTICATION", "REJECTED", "{{1}} is your verification code. Do not share it with anyone."},
        };
        for (ChannelRow channel : channels) {
            if (!"WHATSAPP".equals(channel.spec().kind())) {
                continue;
            }
            for (String[] t : templates) {
                insertReturningId("insert into template (tenant_id, channel_id, name, language, category, body,"
                        + " placeholder_count, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        tenantId, channel.id(), t[0], t[1], t[2], t[4], placeholderCount(t[4]), t[3], ts(now));
            }
        }
    }

    static int placeholderCount(String body) {
        Matcher m = PLACEHOLDER.matcher(body);
        int max = 0;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    private void writeRooms() throws SQLException {
        try (PreparedStatement contactInsert = connection.prepareStatement(
                "insert into contact (tenant_id, external_id, name, avatar_url, phone, created_at) values (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement roomInsert = connection.prepareStatement(
                     "insert into room (tenant_id, contact_id, channel_id, status, assignee_id, last_message_preview,"
                             + " last_message_direction, last_message_at, last_activity_at, last_inbound_at, window_expires_at,"
                             + " unread_count, resolved_at, resolved_by, created_at)"
                             + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement messageInsert = connection.prepareStatement(
                     "insert into message (tenant_id, room_id, direction, kind, body, sender_user_id, delivery_status,"
                             + " provider_message_id, created_at, system_event, system_target_user_id)"
                             + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement tagInsert = connection.prepareStatement(
                     "insert into room_tag (tenant_id, room_id, tag_id, created_at) values (?, ?, ?, ?)")) {
            for (int i = 0; i < ROOMS_PER_TENANT; i++) {
                writeRoom(i, contactInsert, roomInsert, messageInsert, tagInsert);
            }
            messageInsert.executeBatch();
            tagInsert.executeBatch();
        }
    }

    private void writeRoom(int index, PreparedStatement contactInsert, PreparedStatement roomInsert,
                           PreparedStatement messageInsert, PreparedStatement tagInsert) throws SQLException {
        ChannelRow channel = pickChannel();
        String kind = channel.spec().kind();
        String lang = random.nextDouble() < tenant.englishShare() ? "en" : "id";
        DemoContent.Conversation conversation = pickConversation(lang, kind);
        DemoContent.Names names = content.names().get(lang);
        String first = pick(names.first());
        String last = pick(names.last());
        String contactName = random.nextDouble() < 0.15 ? first : first + " " + last;

        String phone = null;
        String externalId;
        String handle = (first + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        switch (kind) {
            case "WHATSAPP" -> {
                phone = "628" + (11 + random.nextInt(12)) + String.format("%07d", 1_000_000 + index * 7919 % 8_999_999);
                externalId = phone;
            }
            case "INSTAGRAM" -> externalId = "ig:" + handle + "." + index;
            case "MESSENGER" -> externalId = "fb:" + (100_000_000L + index * 104_729L);
            case "EMAIL" -> externalId = handle + index + "@mail.test";
            default -> {
                externalId = "web:" + Long.toHexString(tenant.randomSeed() * 31 + index);
                if (random.nextDouble() < 0.4) {
                    phone = "628" + (11 + random.nextInt(12)) + String.format("%07d", 2_000_000 + index * 6007 % 7_999_999);
                }
            }
        }
        String avatar = !"EMAIL".equals(kind) && random.nextDouble() < 0.6
                ? String.format("/avatars/%02d.svg", 1 + random.nextInt(24)) : null;

        double statusRoll = random.nextDouble();
        String status = statusRoll < 0.30 ? "RESOLVED" : statusRoll < 0.63 ? "UNASSIGNED" : "ASSIGNED";
        Long assignee = switch (status) {
            case "ASSIGNED" -> pickAssignee();
            case "RESOLVED" -> random.nextDouble() < 0.1 ? null : pickAssignee();
            default -> null;
        };
        Long speaker = assignee != null ? assignee : supervisorId();

        Integer windowMinutes = channel.spec().windowMinutes();
        Duration window = windowMinutes == null ? null : Duration.ofMinutes(windowMinutes);
        boolean adWindow = window != null && "WHATSAPP".equals(kind) && random.nextDouble() < 0.05;
        Duration inboundAgo = inboundAgo(status, window, adWindow);
        Instant anchor = now.minus(inboundAgo);

        Map<String, String> vars = placeholders(lang, first, speaker);
        List<DemoContent.Line> script = conversation.messages();
        if ("UNASSIGNED".equals(status)) {
            int firstAgent = 0;
            while (firstAgent < script.size() && script.get(firstAgent).fromCustomer()) {
                firstAgent++;
            }
            script = script.subList(0, Math.max(1, firstAgent));
        }
        int lastCustomer = -1;
        for (int i = 0; i < script.size(); i++) {
            if (script.get(i).fromCustomer()) {
                lastCustomer = i;
            }
        }
        Instant[] at = new Instant[script.size()];
        int anchorIndex = Math.max(lastCustomer, 0);
        at[anchorIndex] = anchor;
        for (int i = anchorIndex - 1; i >= 0; i--) {
            boolean sameSide = script.get(i).fromCustomer() == script.get(i + 1).fromCustomer();
            at[i] = at[i + 1].minusSeconds(sameSide ? 20 + random.nextInt(150) : 60 + random.nextInt(720));
        }
        for (int i = anchorIndex + 1; i < script.size(); i++) {
            Instant next = at[i - 1].plusSeconds(90 + random.nextInt(1200));
            at[i] = next.isAfter(now.minusSeconds(30)) ? at[i - 1].plusSeconds(5) : next;
        }

        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < script.size(); i++) {
            DemoContent.Line line = script.get(i);
            String body = fill(line.text(), vars);
            if (line.fromCustomer()) {
                lines.add(new Line("INBOUND", "TEXT", body, null, at[i], null));
            } else {
                boolean lastOfRoom = i == script.size() - 1;
                lines.add(new Line("OUTBOUND", "TEXT", body, speaker, at[i],
                        lastOfRoom && random.nextDouble() < 0.5 ? "DELIVERED" : "READ"));
            }
            if (i == 0 && assignee != null) {
                lines.add(new Line("SYSTEM", "NOTE", "Assigned to " + displayName(assignee), assignee,
                        at[0].plusSeconds(15), null, "ASSIGNED", assignee));
            }
        }
        Instant resolvedAt = null;
        if ("RESOLVED".equals(status)) {
            Instant lastAt = lines.get(lines.size() - 1).at();
            Instant candidate = lastAt.plusSeconds(60 + random.nextInt(3600));
            resolvedAt = candidate.isAfter(now) ? lastAt.plusSeconds(10) : candidate;
            lines.add(new Line("SYSTEM", "NOTE", "Resolved by " + displayName(speaker), speaker, resolvedAt, null,
                    "RESOLVED", null));
        }

        Line lastMessage = null;
        Instant lastInbound = null;
        int unread = 0;
        for (Line line : lines) {
            if (!"SYSTEM".equals(line.direction())) {
                lastMessage = line;
            }
            if ("INBOUND".equals(line.direction())) {
                lastInbound = line.at();
                unread++;
            } else if ("OUTBOUND".equals(line.direction())) {
                unread = 0;
            }
        }
        if ("RESOLVED".equals(status)) {
            unread = 0;
        }
        Instant lastActivity = lines.stream().map(Line::at).max(Instant::compareTo).orElse(anchor);
        Instant windowExpires = window == null || lastInbound == null ? null
                : lastInbound.plus(adWindow ? Duration.ofHours(72) : window);
        Instant createdAt = lines.get(0).at();

        contactInsert.setLong(1, tenantId);
        contactInsert.setString(2, externalId);
        contactInsert.setString(3, contactName);
        contactInsert.setString(4, avatar);
        contactInsert.setString(5, phone);
        contactInsert.setObject(6, ts(createdAt));
        long contactId = executeReturningId(contactInsert);

        roomInsert.setLong(1, tenantId);
        roomInsert.setLong(2, contactId);
        roomInsert.setLong(3, channel.id());
        roomInsert.setString(4, status);
        setLong(roomInsert, 5, assignee);
        roomInsert.setString(6, RoomDtos.LastMessage.previewOf(lastMessage.body()));
        roomInsert.setString(7, lastMessage.direction());
        roomInsert.setObject(8, ts(lastMessage.at()));
        roomInsert.setObject(9, ts(lastActivity));
        roomInsert.setObject(10, ts(lastInbound));
        roomInsert.setObject(11, ts(windowExpires));
        roomInsert.setInt(12, unread);
        roomInsert.setObject(13, ts(resolvedAt));
        setLong(roomInsert, 14, "RESOLVED".equals(status) ? speaker : null);
        roomInsert.setObject(15, ts(createdAt));
        long roomId = executeReturningId(roomInsert);

        for (Line line : lines) {
            messageInsert.setLong(1, tenantId);
            messageInsert.setLong(2, roomId);
            messageInsert.setString(3, line.direction());
            messageInsert.setString(4, line.kind());
            messageInsert.setString(5, line.body());
            setLong(messageInsert, 6, line.senderId());
            messageInsert.setString(7, line.deliveryStatus());
            messageInsert.setString(8, "INBOUND".equals(line.direction())
                    ? "demo-" + tenantId + "-" + (++providerSequence) : null);
            messageInsert.setObject(9, ts(line.at()));
            messageInsert.setString(10, line.systemEvent());
            setLong(messageInsert, 11, line.systemTarget());
            messageInsert.addBatch();
        }
        List<String> tags = new ArrayList<>();
        for (String tag : conversation.tags() == null ? List.<String>of() : conversation.tags()) {
            if (tagIds.containsKey(tag) && random.nextDouble() < 0.7) {
                tags.add(tag);
            }
        }
        if (random.nextDouble() < 0.06 && !tags.contains("vip")) {
            tags.add("vip");
        }
        for (String tag : tags) {
            tagInsert.setLong(1, tenantId);
            tagInsert.setLong(2, roomId);
            tagInsert.setLong(3, tagIds.get(tag));
            tagInsert.setObject(4, ts(createdAt));
            tagInsert.addBatch();
        }
        if (index % 50 == 49) {
            messageInsert.executeBatch();
            tagInsert.executeBatch();
        }
    }

    /** How long ago the customer last wrote, chosen so the room lands in a wanted session state. */
    private Duration inboundAgo(String status, Duration window, boolean adWindow) {
        if ("RESOLVED".equals(status)) {
            return minutes(60, 20 * 24 * 60);
        }
        if (window == null) {
            return minutes(3, 5 * 24 * 60);
        }
        Duration effective = adWindow ? Duration.ofHours(72) : window;
        double roll = random.nextDouble();
        Target target = adWindow || roll < 0.45 ? Target.OPEN : roll < 0.65 ? Target.EXPIRING : Target.EXPIRED;
        long windowMinutes = effective.toMinutes();
        long threshold = EXPIRING_THRESHOLD.toMinutes();
        return switch (target) {
            case OPEN -> minutes(2, Math.min(windowMinutes - threshold - 30, 20 * 60));
            case EXPIRING -> minutes(windowMinutes - threshold + 10, windowMinutes - 10);
            case EXPIRED -> minutes(windowMinutes + 30, windowMinutes + 10 * 24 * 60);
        };
    }

    private Duration minutes(long from, long to) {
        return Duration.ofSeconds(from * 60 + (long) (random.nextDouble() * (to - from) * 60));
    }

    private Map<String, String> placeholders(String lang, String firstName, Long speaker) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("name", firstName);
        vars.put("agent", displayName(speaker).split(" ")[0]);
        vars.put("company", tenant.name());
        vars.put("order", "ORD-" + (100_000 + random.nextInt(900_000)));
        vars.put("product", pick(content.products().get(lang)));
        int thousands = 45 + random.nextInt(2400);
        vars.put("amount", "id".equals(lang)
                ? "Rp" + String.format(Locale.ROOT, "%,d", thousands * 1000).replace(',', '.')
                : String.format(Locale.ROOT, "$%d.%02d", 5 + thousands / 30, random.nextInt(100)));
        vars.put("date", DateTimeFormatter.ofPattern("d MMM yyyy", "id".equals(lang) ? Locale.forLanguageTag("id") : Locale.ENGLISH)
                .format(now.minus(Duration.ofDays(1 + random.nextInt(6))).atZone(ZoneOffset.ofHours(7))));
        return vars;
    }

    private static String fill(String text, Map<String, String> vars) {
        String result = text;
        for (Map.Entry<String, String> var : vars.entrySet()) {
            result = result.replace("{" + var.getKey() + "}", var.getValue());
        }
        return result;
    }

    private ChannelRow pickChannel() {
        double roll = random.nextDouble();
        double sum = 0;
        for (ChannelRow channel : channels) {
            sum += channel.spec().share();
            if (roll < sum) {
                return channel;
            }
        }
        return channels.get(channels.size() - 1);
    }

    private DemoContent.Conversation pickConversation(String lang, String channelKind) {
        List<DemoContent.Conversation> fitting = content.conversations().stream()
                .filter(c -> lang.equals(c.lang()))
                .filter(c -> c.channels() == null || c.channels().isEmpty() || c.channels().contains(channelKind))
                .toList();
        if (fitting.isEmpty()) {
            fitting = content.conversations().stream().filter(c -> lang.equals(c.lang())).toList();
        }
        return pick(fitting);
    }

    private Long pickAssignee() {
        List<Long> active = new ArrayList<>();
        for (DemoTenant.User user : tenant.users()) {
            if (user.active()) {
                // agents carry most of the work; the supervisor takes a share
                int weight = "agent".equals(user.role()) ? 4 : 1;
                for (int w = 0; w < weight; w++) {
                    active.add(userIds.get(user.username()));
                }
            }
        }
        return pick(active);
    }

    private Long supervisorId() {
        return tenant.users().stream().filter(u -> "supervisor".equals(u.role()))
                .map(u -> userIds.get(u.username())).findFirst().orElseThrow();
    }

    private String displayName(Long userId) {
        return tenant.users().stream().filter(u -> userIds.get(u.username()).equals(userId))
                .map(DemoTenant.User::displayName).findFirst().orElse("");
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private long insertReturningId(String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    insert.setNull(i + 1, Types.INTEGER);
                } else {
                    insert.setObject(i + 1, values[i]);
                }
            }
            return executeReturningId(insert);
        }
    }

    private static long executeReturningId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong("id");
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
