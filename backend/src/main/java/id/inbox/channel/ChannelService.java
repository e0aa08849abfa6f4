package id.inbox.channel;

import id.inbox.channel.ChannelDtos.ChannelView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

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
                .map(ConstructorMapper.of(ChannelView.class))
                .list());
    }
}
