package id.inbox.auth;

import id.inbox.auth.AgentDtos.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** The people a room can be assigned to. */
@ApplicationScoped
public class AgentService {

    private final Jdbi jdbi;

    AgentService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Active agents and supervisors of the company (never API keys' service accounts), by name. */
    public List<Agent> list(long tenantId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, display_name as name, username, role from app_user
                        where tenant_id = :tenant and active and kind = 'person'
                        order by lower(display_name), id""")
                .bind("tenant", tenantId)
                .map(ConstructorMapper.of(Agent.class))
                .list());
    }
}
