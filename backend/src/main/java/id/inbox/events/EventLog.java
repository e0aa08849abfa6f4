package id.inbox.events;

import id.inbox.common.Database;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
    private final Clock clock;

    EventLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Appends an event in the caller's transaction and rings the doorbell of every instance when it commits
     * (PostgreSQL sends one notification per distinct payload and transaction). Returns the event's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(long tenantId, String type, String json) {
        return db.withHandle(handle -> Sql.of("""
                        with next as (
                            insert into event_counter as c (tenant_id, last_id) values (:tenant, 1)
                            on conflict (tenant_id) do update set last_id = c.last_id + 1
                            returning last_id),
                        appended as (
                            insert into event_log (tenant_id, id, type, data, created_at)
                            select :tenant, last_id, :type, cast(:data as json), :now from next
                            returning id)
                        select id, pg_notify('%s', cast(:tenant as text)) from appended"""
                        .formatted(Doorbell.EVENTS))
                .bind("tenant", tenantId).bind("type", type).bind("data", json).bind("now", clock.instant())
                .query(handle).map(row -> row.getLong(1)).one());
    }

    /** The company's events after {@code afterId}, oldest first, at most {@code limit}. */
    public List<Entry> after(long tenantId, long afterId, int limit) {
        return db.withHandle(handle -> Sql.of("""
                        select id, type, data::text as data from event_log
                        where tenant_id = :tenant and id > :after order by id limit :limit""")
                .bind("tenant", tenantId).bind("after", afterId).bind("limit", limit)
                .query(handle).map(Rows.of(Entry.class)).list());
    }

    /** Where the company's log stands (a company that never had an event: nothing yet, all kept). */
    public Position position(long tenantId) {
        Optional<Position> found = db.withHandle(handle -> Sql.of(
                        "select last_id, kept_from from event_counter where tenant_id = :tenant")
                .bind("tenant", tenantId).query(handle).map(Rows.of(Position.class)).findOne());
        return found.orElse(new Position(0, 1));
    }

    /** A company's newest event id. */
    public record Head(long tenantId, long lastId) {
    }

    /** The newest id of each of these companies (those without events are left out). */
    public List<Head> heads(List<Long> tenantIds) {
        return db.withHandle(handle -> Sql.of("select tenant_id, last_id from event_counter where tenant_id = any(:tenants)")
                .bind("tenants", tenantIds).query(handle).map(Rows.of(Head.class)).list());
    }
}
