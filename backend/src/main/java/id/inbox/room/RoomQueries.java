package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.room.RoomDtos.RoomCounts;
import id.inbox.room.RoomDtos.RoomPage;
import id.inbox.room.RoomDtos.RoomView;
import id.inbox.tenant.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;

/** The inbox's reads for a caller, at the current time and the tenant's expiring threshold. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoomQueries {

    private final RoomListQuery list;
    private final RoomCountQuery counts;
    private final RoomAccess access;
    private final UnreadCountQuery unread;
    private final TenantSettings settings;
    private final Clock clock;

    RoomQueries(RoomListQuery list, RoomCountQuery counts, RoomAccess access, UnreadCountQuery unread, TenantSettings settings,
                Clock clock) {
        this.list = list;
        this.unread = unread;
        this.counts = counts;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    public RoomPage list(Caller caller, RoomFilter filter, RoomFilter.Sort sort, int limit, String cursor) {
        Duration threshold = settings.expiringThreshold(caller.tenantId());
        RoomListQuery.Page page = list.list(caller.tenantId(), filter, sort, limit, cursor, clock.instant(), threshold);
        return new RoomPage(page.rooms(), page.nextCursor());
    }

    public RoomCounts counts(Caller caller, RoomFilter filter) {
        return counts.counts(caller.tenantId(), filter, clock.instant(), settings.expiringThreshold(caller.tenantId()));
    }

    public RoomDtos.UnreadCount unreadCount(Caller caller) {
        return unread.count(caller.tenantId(), caller.userId());
    }

    public RoomView view(Caller caller, long roomId) {
        return access.view(caller, roomId);
    }
}
