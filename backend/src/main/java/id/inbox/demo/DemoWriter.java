package id.inbox.demo;

import id.inbox.common.Handle;
import id.inbox.common.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes one demo company (about 300 rooms with their contacts and messages), or moves an existing one forward in time. */
final class DemoWriter {

    static final int ROOMS_PER_TENANT = 300;

    /** Every timestamp column of a demo company's rows, by table. */
    private static final List<String> SHIFTS = List.of(
            "update tenant set created_at = created_at + :shift where id = :tenant",
            "update app_user set created_at = created_at + :shift where tenant_id = :tenant",
            "update channel set created_at = created_at + :shift, connected_at = connected_at + :shift where tenant_id = :tenant",
            "update contact set created_at = created_at + :shift where tenant_id = :tenant",
            "update template set created_at = created_at + :shift where tenant_id = :tenant",
            "update tag set created_at = created_at + :shift where tenant_id = :tenant",
            "update canned_reply set created_at = created_at + :shift, updated_at = updated_at + :shift where tenant_id = :tenant",
            "update room_tag set created_at = created_at + :shift where tenant_id = :tenant",
            "update message set created_at = created_at + :shift where tenant_id = :tenant",
            """
            update resolve_batch set created_at = created_at + :shift, undo_until = undo_until + :shift,
                                     undone_at = undone_at + :shift
            where tenant_id = :tenant""",
            "update idempotency_key set created_at = created_at + :shift where tenant_id = :tenant",
            """
            update room set last_message_at = last_message_at + :shift, last_activity_at = last_activity_at + :shift,
                            last_inbound_at = last_inbound_at + :shift, window_expires_at = window_expires_at + :shift,
                            resolved_at = resolved_at + :shift, created_at = created_at + :shift
            where tenant_id = :tenant""");

    private DemoWriter() {
    }

    static Optional<Long> findTenant(Handle handle, String name) {
        return Sql.of("select id from tenant where name = :name order by id limit 1")
                .bind("name", name)
                .query(handle).mapTo(Long.class)
                .findOne();
    }

    static void write(Handle handle, DemoContent content, DemoTenant tenant, String passwordHash, Instant now) {
        try (DemoRows rows = new DemoRows(handle, now)) {
            DemoCompany company = rows.writeCompany(tenant, passwordHash);
            rows.writeTemplates(company);
            DemoCannedReplies.write(handle, company, now);
            DemoRoomPlanner planner = new DemoRoomPlanner(content, company, now);
            for (int i = 0; i < ROOMS_PER_TENANT; i++) {
                rows.writeRoom(company, planner.plan(i));
            }
        }
    }

    /** Moves every timestamp of the tenant forward by the time since it was seeded; returns the shift in seconds. */
    static long moveClockForward(Handle handle, long tenantId) {
        long seconds = Sql.of("select greatest(0, extract(epoch from now() - created_at))::bigint from tenant where id = :tenant")
                .bind("tenant", tenantId)
                .query(handle).mapTo(Long.class)
                .one();
        if (seconds == 0) {
            return 0;
        }
        for (String sql : SHIFTS) {
            Sql.of(sql.replace(":shift", "make_interval(secs => :seconds)"))
                    .bind("seconds", (double) seconds)
                    .bind("tenant", tenantId)
                    .update(handle).execute();
        }
        return seconds;
    }
}
