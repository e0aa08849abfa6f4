package id.inbox.canned;

import id.inbox.auth.Caller;
import id.inbox.canned.CannedReplyDtos.CannedReplyPage;
import id.inbox.canned.CannedReplyDtos.CannedReplyView;
import id.inbox.canned.CannedReplyDtos.CreateCannedReplyRequest;
import id.inbox.canned.CannedReplyDtos.Scope;
import id.inbox.canned.CannedReplyDtos.UpdateCannedReplyRequest;
import id.inbox.common.ApiException;
import id.inbox.common.Cursor;
import id.inbox.common.Database;
import id.inbox.common.DatabaseException;
import id.inbox.common.DatabaseFailures;
import id.inbox.common.ProblemCode;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Canned replies: company-wide ones, kept by supervisors and offered to everyone, and each person's personal
 * ones, which only they see. Another person's personal reply is answered 404, like a missing one; an agent
 * writing a company-wide one is 403 company-reply-supervisors-only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CannedReplyService {

    private static final String CURSOR_KIND = "canned-replies";
    /** The replies the caller may use: the company's, and their own personal ones. */
    private static final String VISIBLE = "c.tenant_id = :tenant and (c.owner_id is null or c.owner_id = :user)";
    private static final String COLUMNS = """
            c.id, c.shortcut, c.body, c.owner_id, c.created_at, c.updated_at""";
    /** Every word of q, each as a prefix ("pes" finds "pesanan"): null when q has no letters or digits. */
    private static final String WORDS = """
            (select to_tsquery('simple', string_agg(quote_literal(word) || ':*', ' & '))
             from regexp_split_to_table(lower(inbox_unaccent(:q)), '[^[:alnum:]]+') as word where word <> '')""";

    private final Database db;
    private final LiveEvents live;
    private final Clock clock;

    CannedReplyService(Database db, LiveEvents live, Clock clock) {
        this.db = db;
        this.live = live;
        this.clock = clock;
    }

    /** The caller's replies in shortcut order, those matching q when given (shortcut prefix or words of the body). */
    public CannedReplyPage list(Caller caller, String q, int limit, String cursor) {
        StringBuilder text = new StringBuilder("select " + COLUMNS + " from canned_reply c where " + VISIBLE);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenant", caller.tenantId());
        params.put("user", caller.userId());
        if (q != null) {
            text.append(" and (starts_with(c.shortcut, :prefix) or c.search_vector @@ ").append(WORDS).append(')');
            params.put("prefix", q.toLowerCase(Locale.ROOT));
            params.put("q", q);
        }
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, CURSOR_KIND, 2);
            text.append(" and (c.shortcut, c.id) > (:afterShortcut, :afterId)");
            params.put("afterShortcut", position.values().get(0));
            params.put("afterId", position.id(1));
        }
        text.append(" order by c.shortcut, c.id limit :limit");
        params.put("limit", limit + 1);
        Sql query = new Sql(text.toString(), params);
        List<CannedReplyView> rows = db.withHandle(handle -> query.query(handle).map(row -> view(row, caller)).list());
        if (rows.size() <= limit) {
            return new CannedReplyPage(rows, null);
        }
        CannedReplyView last = rows.get(limit - 1);
        String next = new Cursor(CURSOR_KIND, List.of(last.shortcut(), String.valueOf(last.id()))).encode();
        return new CannedReplyPage(rows.subList(0, limit), next);
    }

    @Transactional
    public CannedReplyView create(Caller caller, CreateCannedReplyRequest request) {
        String body = requireText(request.body());
        if (request.scope() == Scope.COMPANY && !caller.isSupervisor()) {
            throw supervisorsOnly();
        }
        Instant now = clock.instant();
        Optional<Long> id = db.withHandle(handle -> Sql.of("""
                        insert into canned_reply (tenant_id, owner_id, shortcut, body, created_at, updated_at)
                        values (:tenant, :owner, :shortcut, :body, :now, :now)
                        on conflict on constraint canned_reply_shortcut_key do nothing
                        returning id""")
                .bind("tenant", caller.tenantId())
                .bind("owner", request.scope() == Scope.COMPANY ? null : caller.userId())
                .bind("shortcut", request.shortcut())
                .bind("body", body)
                .bind("now", now).query(handle)
                .mapTo(Long.class)
                .findOne());
        long created = id.orElseThrow(() -> shortcutTaken(request.shortcut(), request.scope()));
        live.referenceChanged(caller.tenantId(), LiveEvents.Reference.CANNED_REPLIES);
        return find(caller, created);
    }

    @Transactional
    public CannedReplyView update(Caller caller, long id, UpdateCannedReplyRequest request) {
        CannedReplyView current = writable(caller, id);
        String body = request.body() == null ? null : requireText(request.body());
        try {
            db.useHandle(handle -> Sql.of("""
                            update canned_reply set shortcut = coalesce(:shortcut, shortcut), body = coalesce(:body, body),
                                                    updated_at = :now
                            where tenant_id = :tenant and id = :id""")
                    .bind("shortcut", request.shortcut())
                    .bind("body", body)
                    .bind("now", clock.instant())
                    .bind("tenant", caller.tenantId())
                    .bind("id", id).update(handle)
                    .execute());
        } catch (DatabaseException e) {
            if ("23505".equals(DatabaseFailures.sqlState(e).orElse(""))) {
                throw shortcutTaken(request.shortcut(), current.scope());
            }
            throw e;
        }
        live.referenceChanged(caller.tenantId(), LiveEvents.Reference.CANNED_REPLIES);
        return find(caller, id);
    }

    @Transactional
    public void delete(Caller caller, long id) {
        writable(caller, id);
        db.useHandle(handle -> Sql.of("delete from canned_reply where tenant_id = :tenant and id = :id")
                .bind("tenant", caller.tenantId()).bind("id", id).update(handle).execute());
        live.referenceChanged(caller.tenantId(), LiveEvents.Reference.CANNED_REPLIES);
    }

    /** The reply, locked for this transaction's write: 404 unless the caller sees it, 403 when it is the company's and they are an agent. */
    private CannedReplyView writable(Caller caller, long id) {
        CannedReplyView reply = db.withHandle(handle -> Sql.of("select " + COLUMNS + " from canned_reply c where " + VISIBLE
                                + " and c.id = :id for update")
                        .bind("tenant", caller.tenantId()).bind("user", caller.userId()).bind("id", id).query(handle)
                        .map(row -> view(row, caller))
                        .findOne())
                .orElseThrow(() -> ApiException.notFound("Canned reply " + id));
        if (!reply.editable()) {
            throw supervisorsOnly();
        }
        return reply;
    }

    private CannedReplyView find(Caller caller, long id) {
        return db.withHandle(handle -> Sql.of("select " + COLUMNS + " from canned_reply c where " + VISIBLE + " and c.id = :id")
                        .bind("tenant", caller.tenantId()).bind("user", caller.userId()).bind("id", id).query(handle)
                        .map(row -> view(row, caller))
                        .findOne())
                .orElseThrow(() -> ApiException.notFound("Canned reply " + id));
    }

    private static CannedReplyView view(ResultSet row, Caller caller) throws SQLException {
        Scope scope = row.getObject("owner_id") == null ? Scope.COMPANY : Scope.PERSONAL;
        return new CannedReplyView(row.getLong("id"), row.getString("shortcut"), row.getString("body"), scope,
                scope == Scope.PERSONAL || caller.isSupervisor(), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static String requireText(String body) {
        if (body.isBlank()) {
            throw ApiException.invalid("body", "must not be blank");
        }
        return body;
    }

    private static ApiException supervisorsOnly() {
        return new ApiException(403, ProblemCode.COMPANY_REPLY_SUPERVISORS_ONLY, "Forbidden",
                "Only supervisors create, change and delete company-wide canned replies; save it as a personal one.");
    }

    private static ApiException shortcutTaken(String shortcut, Scope scope) {
        return ApiException.conflict(ProblemCode.SHORTCUT_TAKEN, "There is already a " + (scope == Scope.COMPANY ? "company-wide"
                : "personal") + " canned reply with the shortcut /" + shortcut + ".");
    }
}
