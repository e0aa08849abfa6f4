package id.inbox.template;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.IdempotencyKeys;
import id.inbox.common.ProblemCode;
import id.inbox.common.Sql;
import id.inbox.message.MessageDtos.MessageKind;
import id.inbox.message.OutboundMessages;
import id.inbox.room.RoomAccess.RoomState;
import id.inbox.room.RoomETag;
import id.inbox.room.RoomETag.IfMatch;
import id.inbox.template.TemplateDtos.TemplateCategory;
import id.inbox.template.TemplateDtos.TemplateMessageRequest;
import id.inbox.template.TemplateDtos.TemplateStatus;
import id.inbox.template.TemplateDtos.TemplateView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Approved WhatsApp templates: listing them and sending one to a room, in any session state. */
@ApplicationScoped
public class TemplateService {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");
    static final int MAX_PARAMETER_LENGTH = 1024;

    private static final String SELECT = """
            select id, channel_id, name, language, category, body, placeholder_count, status, examples
            from template where tenant_id = :tenant""";

    private final Database db;
    private final OutboundMessages outbound;
    private final IdempotencyKeys keys;

    TemplateService(Database db, OutboundMessages outbound, IdempotencyKeys keys) {
        this.db = db;
        this.outbound = outbound;
        this.keys = keys;
    }

    private static TemplateView view(ResultSet rs) throws SQLException {
        return new TemplateView(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("name"), rs.getString("language"),
                TemplateCategory.valueOf(rs.getString("category")), rs.getString("body"), rs.getInt("placeholder_count"),
                TemplateStatus.valueOf(rs.getString("status")), List.of((String[]) rs.getArray("examples").getArray()));
    }

    /** The tenant's templates, of one channel and in one status when those are given. */
    public List<TemplateView> list(long tenantId, Long channelId, TemplateStatus status) {
        String text = SELECT + (channelId == null ? "" : " and channel_id = :channel")
                + (status == null ? "" : " and status = :status") + " order by name, language, id";
        Sql query = Sql.of(text).bind("tenant", tenantId);
        if (channelId != null) {
            query = query.bind("channel", channelId);
        }
        if (status != null) {
            query = query.bind("status", status.name());
        }
        Sql statement = query;
        return db.withHandle(handle -> statement.query(handle).map(TemplateService::view).list());
    }

    /** Sends the template once per Idempotency-Key; the response body is JSON of the stored message. */
    public IdempotencyKeys.Response send(Caller caller, long roomId, String idempotencyKey, IfMatch ifMatch,
                                         TemplateMessageRequest request) {
        String requestHash = IdempotencyKeys.hash("template-message|" + roomId + "|" + request.templateId() + "|"
                + String.join("\u001f", request.parameters()));
        return keys.once(caller.tenantId(), caller.userId(), idempotencyKey, requestHash, () -> {
            OutboundMessages.Sent sent = outbound.send(caller, roomId, false, ifMatch, room -> draft(caller, room, request));
            return new IdempotencyKeys.Result(201, sent.message(), RoomETag.of(sent.roomVersion()));
        });
    }

    private OutboundMessages.Draft draft(Caller caller, RoomState room, TemplateMessageRequest request) {
        TemplateView template = db.withHandle(handle -> Sql.of(SELECT + " and id = :id")
                        .bind("tenant", caller.tenantId())
                        .bind("id", request.templateId()).query(handle)
                        .map(TemplateService::view)
                        .findOne())
                .orElseThrow(() -> ApiException.notFound("Template " + request.templateId()));
        if (template.status() != TemplateStatus.APPROVED) {
            throw ApiException.unprocessable(ProblemCode.TEMPLATE_NOT_APPROVED, template.status() == TemplateStatus.DISABLED
                    ? "Template " + template.name() + " is no longer approved on WhatsApp (the last template sync did not list it "
                            + "as approved), so it cannot be sent; choose another template."
                    : "Template " + template.name() + " is " + template.status() + "; only approved templates can be sent.");
        }
        if (template.channelId() != room.channelId()) {
            throw ApiException.unprocessable(ProblemCode.TEMPLATE_CHANNEL_MISMATCH,
                    "Template " + template.name() + " belongs to another channel than this room's.");
        }
        List<String> parameters = request.parameters();
        if (parameters.size() != template.placeholderCount()) {
            throw ApiException.invalid("parameters", "template " + template.name() + " needs " + template.placeholderCount()
                    + " parameters, got " + parameters.size());
        }
        for (int i = 0; i < parameters.size(); i++) {
            String value = parameters.get(i);
            if (value == null || value.isBlank()) {
                throw ApiException.invalid("parameters", "parameter " + (i + 1) + " must not be blank");
            }
            if (value.length() > MAX_PARAMETER_LENGTH) {
                throw ApiException.invalid("parameters", "parameter " + (i + 1) + " must be at most " + MAX_PARAMETER_LENGTH + " characters");
            }
            if (value.contains("\n") || value.contains("\t")) {
                throw ApiException.invalid("parameters", "parameter " + (i + 1) + " must not contain line breaks or tabs (WhatsApp refuses them)");
            }
        }
        return OutboundMessages.Draft.text(MessageKind.TEMPLATE, render(template.body(), parameters), template.id(),
                template.name(), template.language(), parameters.stream().map(String::strip).toList());
    }

    static String render(String body, List<String> parameters) {
        Matcher matcher = PLACEHOLDER.matcher(body);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1)) - 1;
            String value = index >= 0 && index < parameters.size() ? parameters.get(index).strip() : matcher.group();
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }
}
