package id.inbox.channel;

import id.inbox.channel.ChannelDtos.ChannelView;
import id.inbox.common.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The channels a company is connected to. */
@ApplicationScoped
public class ChannelService {

    private final Jdbi jdbi;

    ChannelService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The company's active channels, by network and name. */
    public List<ChannelView> list(long tenantId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, kind, name, window_minutes from channel where tenant_id = :tenant and active
                        order by kind, lower(name), id""")
                .bind("tenant", tenantId)
                .map(Rows.of(ChannelView.class))
                .list());
    }
}
