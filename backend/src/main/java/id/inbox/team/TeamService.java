package id.inbox.team;

import id.inbox.auth.Caller;
import id.inbox.auth.Passwords;
import id.inbox.auth.Role;
import id.inbox.auth.session.Sessions;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import id.inbox.common.Db;
import id.inbox.team.TeamDtos.CreateUserRequest;
import id.inbox.team.TeamDtos.UpdateUserRequest;
import id.inbox.team.TeamDtos.UserView;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * A supervisor's team: people of the company, their roles and whether they may sign in. Deactivating
 * someone ends their sessions at once and unassigns nothing: their rooms keep them as assignee (shown
 * as inactive) until someone reassigns them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TeamService {

    private static final String SELECT = "select u.id, u.display_name, u.username, u.role, u.active, u.created_at,"
            + " (select max(s.refreshed_at) from auth_session s where s.user_id = u.id) as last_active_at"
            + " from app_user u where u.tenant_id = ? and u.kind = 'person'";

    private final Db db;
    private final Sessions sessions;

    TeamService(Db db, Sessions sessions) {
        this.db = db;
        this.sessions = sessions;
    }

    public List<UserView> list(Caller caller) {
        return db.list(SELECT + " order by u.active desc, lower(u.display_name), u.id", TeamService::view, caller.tenantId());
    }

    @Transactional
    public UserView create(Caller caller, CreateUserRequest request) {
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        Passwords.requireStrong("password", request.password(), username);
        boolean taken = db.one("select 1 from app_user where username = ?", rs -> true, username).isPresent();
        if (taken) {
            throw ApiException.conflict(ProblemCode.USERNAME_TAKEN, "There is already a user with the username " + username + ".");
        }
        long id = db.one("insert into app_user (tenant_id, username, password_hash, display_name, role)"
                        + " values (?, ?, ?, ?, ?) returning id", rs -> rs.getLong(1),
                caller.tenantId(), username, BcryptUtil.bcryptHash(request.password()), request.name().strip(),
                request.role().name()).orElseThrow();
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
        db.update("update app_user set display_name = coalesce(?, display_name), role = coalesce(?, role),"
                        + " active = coalesce(?, active) where tenant_id = ? and id = ?",
                request.name() == null ? null : request.name().strip(),
                request.role() == null ? null : request.role().name(), request.active(), caller.tenantId(), id);
        if (deactivates) {
            sessions.revokeAllOf(id, "deactivated", null);
        }
        return find(caller, id);
    }

    private UserView find(Caller caller, long id) {
        return db.one(SELECT + " and u.id = ?", TeamService::view, caller.tenantId(), id)
                .orElseThrow(() -> ApiException.notFound("User " + id));
    }

    private static UserView view(ResultSet rs) throws SQLException {
        return new UserView(rs.getLong("id"), rs.getString("display_name"), rs.getString("username"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("active"), Db.instant(rs, "created_at"),
                Db.instant(rs, "last_active_at"));
    }
}
