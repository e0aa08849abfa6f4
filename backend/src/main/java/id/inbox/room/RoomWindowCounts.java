package id.inbox.room;

import id.inbox.common.Database;
import id.inbox.common.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes the hourly window counters of hours gone by: counts only read hours not yet past. */
@ApplicationScoped
public class RoomWindowCounts {

    private final Database db;

    RoomWindowCounts(Database db) {
        this.db = db;
    }

    @Scheduled(every = "1h", delayed = "10m")
    void deletePastHours() {
        QuarkusTransaction.requiringNew().run(() -> db.useHandle(handle ->
                Sql.of("delete from room_window_count where expires_hour < now() - interval '2 hours'").update(handle).execute()));
    }
}
