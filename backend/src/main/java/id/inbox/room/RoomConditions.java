package id.inbox.room;

import id.inbox.common.Sql;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of the room list and counts, assembled from a {@link RoomFilter}: each condition names
 * its parameters (:tenant, :status, :now, :expiringFrom, :agents, :channels, :tags, :contact), each bound once.
 */
final class RoomConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    RoomConditions and(String condition) {
        conditions.add(condition);
        return this;
    }

    RoomConditions bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The statement {@code before} + the conditions (joined by and) + {@code after}, with their parameters. */
    Sql within(String before, String after) {
        return new Sql(before + String.join(" and ", conditions) + after, params);
    }

    /** The rooms of the tenant that match every filter. */
    static RoomConditions of(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        RoomConditions where = new RoomConditions().and("r.tenant_id = :tenant").bind("tenant", tenantId);
        if (filter.status() != null) {
            where.and("r.status = :status").bind("status", filter.status().name());
        }
        if (!filter.sessions().isEmpty()) {
            where.and(SessionState.anyOf(filter.sessions())).bind("now", now).bind("expiringFrom", now.plus(threshold));
        }
        if (!filter.agentIds().isEmpty()) {
            where.and("r.assignee_id = any(:agents)").bind("agents", filter.agentIds());
        }
        if (!filter.channelIds().isEmpty()) {
            where.and("r.channel_id = any(:channels)").bind("channels", filter.channelIds());
        }
        if (!filter.tagIds().isEmpty()) {
            where.and("exists (select 1 from room_tag rt where rt.room_id = r.id and rt.tenant_id = r.tenant_id"
                    + " and rt.tag_id = any(:tags))").bind("tags", filter.tagIds());
        }
        if (filter.contactQuery() != null) {
            ContactQuery query = ContactQuery.parse(filter.contactQuery());
            // the tenant as a parameter, not r.tenant_id: a correlated subquery would run once per room
            where.and("r.contact_id in (select c.id from contact c where c.tenant_id = :tenant and "
                    + query.condition() + ")").bind("contact", query.parameter());
        }
        return where;
    }
}
