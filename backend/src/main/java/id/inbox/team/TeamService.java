package id.inbox.team;

import id.inbox.auth.Caller;
import id.inbox.auth.Passwords;
import id.inbox.auth.Role;
import id.inbox.auth.session.Sessions;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.ProblemCode;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.team.TeamDtos.Agent;
import id.inbox.team.TeamDtos.CreateUserRequest;
import id.inbox.team.TeamDtos.UpdateUserRequest;
import id.inbox.team.TeamDtos.UserView;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * A supervisor's team: people of the company, their roles and whether they may sign in; and, for everyone,
 * who a room can be assigned to. Deactivating someone ends their sessions at once and unassigns nothing:
 * their rooms keep them as assignee (shown as inactive) until someone reassigns them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TeamService {

    private static final String SELECT = """
            select u.id, u.display_name as name, u.username, u.role, u.active, u.created_at,
                   (select max(s.refreshed_at) from auth_session s where s.user_id = u.id) as last_active_at
            from app_user u where u.tenant_id = :tenant and u.kind = 'person'""";

    private final Database db;
    private final Sessions sessions;

    private final LiveEvents live;

    TeamService(Database db, Sessions sessions, LiveEvents live) {
        this.live = live;
        this.db = db;
        this.sessions = sessions;
    }

    public List<UserView> list(Caller caller) {
        return db.withHandle(handle -> Sql.of(SELECT + " order by u.active desc, lower(u.display_name), u.id")
                .bind("tenant", caller.tenantId()).query(handle)
                .map(Rows.of(UserView.class))
                .list());
    }

    /** Active agents and supervisors (never API keys' service accounts): those a room can be assigned to, by name. */
    public List<Agent> agents(long tenantId) {
        return db.withHandle(handle -> Sql.of("""
                        select id, display_name as name, username, role from app_user
                        where tenant_id = :tenant and active and kind = 'person'
                        order by lower(display_name), id""")
                .bind("tenant", tenantId).query(handle)
                .map(Rows.of(Agent.class))
                .list());
    }

    @Transactional
    public UserView create(Caller caller, CreateUserRequest request) {
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        Passwords.requireStrong("password", request.password(), username);
        long id = db.withHandle(handle -> {
            boolean taken = Sql.of("select exists (select 1 from app_user where username = :username)")
                    .bind("username", username).query(handle)
                    .mapTo(Boolean.class)
                    .one();
            if (taken) {
                throw ApiException.conflict(ProblemCode.USERNAME_TAKEN, "There is already a user with the username " + username + ".");
            }
            return Sql.of("""
                            insert into app_user (tenant_id, username, password_hash, display_name, role)
                            values (:tenant, :username, :hash, :name, :role) returning id""")
                    .bind("tenant", caller.tenantId())
                    .bind("username", username)
                    .bind("hash", BcryptUtil.bcryptHash(request.password()))
                    .bind("name", request.name().strip())
                    .bind("role", request.role().name()).query(handle)
                    .mapTo(Long.class)
                    .one();
        });
        live.referenceChanged(caller.tenantId(), LiveEvents.Reference.USERS);
        return find(caller, id);
    }

    @Transactional
    public UserView update(Caller caller, long id, UpdateUserRequest request) {
        UserView current = find(caller, id);
        boolean changesRole = request.role() != null && request.role() != current.role();
        boolean deactivates = Boolean.FALSE.equals(request.active());
        if (id == caller.userId() && (changesRole || deactivates)) {
            throw ApiException.unprocessable(ProblemCode.CANNOT_CHANGE_OWN_ACCOUNT,
                    "You cannot deactivate yourself or change your own role; ask another supervisor.");
        }
        db.useHandle(handle -> Sql.of("""
                        update app_user set display_name = coalesce(:name, display_name), role = coalesce(:role, role),
                                            active = coalesce(:active, active)
                        where tenant_id = :tenant and id = :id""")
                .bind("name", request.name() == null ? null : request.name().strip())
                .bind("role", request.role() == null ? null : request.role().name())
                .bind("active", request.active())
                .bind("tenant", caller.tenantId())
                .bind("id", id).update(handle)
                .execute());
        if (deactivates) {
            sessions.revokeAllOf(id, "deactivated", null);
        }
        live.referenceChanged(caller.tenantId(), LiveEvents.Reference.USERS);
        return find(caller, id);
    }

    private UserView find(Caller caller, long id) {
        return db.withHandle(handle -> Sql.of(SELECT + " and u.id = :id")
                        .bind("tenant", caller.tenantId())
                        .bind("id", id).query(handle)
                        .map(Rows.of(UserView.class))
                        .findOne())
                .orElseThrow(() -> ApiException.notFound("User " + id));
    }
}
