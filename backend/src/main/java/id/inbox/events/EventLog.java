package id.inbox.events;

import id.inbox.common.Database;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The per-company event log (V14): appended to in the transaction of a change, read by the streams.
 */
@ApplicationScoped
public class EventLog {

    /** One stored event: data is its JSON as clients receive it. */
    public record Entry(long id, String type, String data) {
    }

    /** Where a company's log stands: its newest id and the oldest id it still keeps. */
    public record Position(long lastId, long keptFrom) {
    }

    private final Database db;
    private final Database reads;
    private final Clock clock;

    /**
     * Appends run on the transaction's connection; the streams read through a small pool of their own, so a
     * burst of writes that takes every pooled connection does not hold back the events it produces.
     */
    EventLog(Database db, @io.quarkus.agroal.DataSource("events") DataSource events, Clock clock) {
        this.db = db;
        this.reads = Database.over(events);
        this.clock = clock;
    }

    /** An event to append: its company, name and JSON. */
    public record NewEvent(long tenantId, String type, String json) {
    }

    /**
     * Appends the events, in order, in the caller's transaction, one statement per company, and rings the
     * doorbell of every instance when the transaction commits (PostgreSQL sends one notification per distinct
     * payload and transaction). The company's counter row stays locked until the commit: call this last.
     */
    public void appendAll(List<NewEvent> events) {
        Map<Long, List<NewEvent>> byCompany = new LinkedHashMap<>();
        events.forEach(event -> byCompany.computeIfAbsent(event.tenantId(), id -> new ArrayList<>()).add(event));
        Instant now = clock.instant();
        byCompany.forEach((tenantId, appended) -> db.useHandle(handle -> Sql.of("""
                        with next as (
                            insert into event_counter as c (tenant_id, last_id) values (:tenant, :count)
                            on conflict (tenant_id) do update set last_id = c.last_id + :count
                            returning last_id),
                        appended as (
                            insert into event_log (tenant_id, id, type, data, created_at)
                            select :tenant, next.last_id - :count + e.ord, e.type, cast(e.data as json), :now
                              from next, unnest(cast(:types as text[]), cast(:datas as text[])) with ordinality as e(type, data, ord)
                            returning id)
                        select count(*), pg_notify('%s', cast(:tenant as text)) from appended""".formatted(Doorbell.EVENTS))
                .bind("tenant", tenantId).bind("count", appended.size()).bind("now", now)
                .bind("types", appended.stream().map(NewEvent::type).toList())
                .bind("datas", appended.stream().map(NewEvent::json).toList())
                .query(handle).map(row -> row.getLong(1)).one()));
    }

    /** The company's events after {@code afterId}, oldest first, at most {@code limit}. */
    public List<Entry> after(long tenantId, long afterId, int limit) {
        return reads.withHandle(handle -> Sql.of("""
                        select id, type, data::text as data from event_log
                        where tenant_id = :tenant and id > :after order by id limit :limit""")
                .bind("tenant", tenantId).bind("after", afterId).bind("limit", limit)
                .query(handle).map(Rows.of(Entry.class)).list());
    }

    /** Where the company's log stands (a company that never had an event: nothing yet, all kept). */
    public Position position(long tenantId) {
        Optional<Position> found = reads.withHandle(handle -> Sql.of(
                        "select last_id, kept_from from event_counter where tenant_id = :tenant")
                .bind("tenant", tenantId).query(handle).map(Rows.of(Position.class)).findOne());
        return found.orElse(new Position(0, 1));
    }

    /** A company's newest event id. */
    public record Head(long tenantId, long lastId) {
    }

    /** The newest id of each of these companies (those without events are left out). */
    public List<Head> heads(List<Long> tenantIds) {
        return reads.withHandle(handle -> Sql.of("select tenant_id, last_id from event_counter where tenant_id = any(:tenants)")
                .bind("tenants", tenantIds).query(handle).map(Rows.of(Head.class)).list());
    }
}
