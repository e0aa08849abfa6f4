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
 * its parameters (:tenant, :me, :now, :expiringFrom, :agents, :channels, :tags, :contact), each bound once.
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

    /**
     * The rooms of filter's tab. All is written as the predicate of room_active_latest_idx (V21), so that index
     * serves it; Mine also has the caller as assignee (:me).
     */
    static String tabCondition(RoomFilter filter) {
        return switch (filter.tab()) {
            case ALL -> "r.status <> 'RESOLVED'";
            case MINE -> "(r.status = 'ASSIGNED' and r.assignee_id = :me)";
            case UNASSIGNED, ASSIGNED, RESOLVED -> "r.status = '" + filter.tab().name() + "'";
        };
    }

    /** The rooms of the tenant that match every filter. */
    static RoomConditions of(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        RoomConditions where = everyTab(tenantId, filter, now, threshold).and(tabCondition(filter));
        return filter.tab() == RoomFilter.Tab.MINE ? where.bind("me", filter.me()) : where;
    }

    /** The rooms of the tenant, on every tab, that match every other filter. */
    static RoomConditions everyTab(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        RoomConditions where = new RoomConditions().and("r.tenant_id = :tenant").bind("tenant", tenantId);
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
