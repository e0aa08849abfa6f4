package id.inbox.contact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.common.Database;
import id.inbox.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A contact's own row: who the customer is and what the team wrote about them. */
@ApplicationScoped
public class ContactRepository {

    /** The row; phone is stored as digits without the plus (null for none). */
    public record ContactRow(long id, String name, String phone, String externalId, String avatarUrl, String notes,
                             Map<String, String> attributes, int version) {
    }

    private static final String COLUMNS = "c.id, c.name, c.phone, c.external_id, c.avatar_url, c.notes, c.attributes::text as attributes, c.version";
    private static final TypeReference<TreeMap<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private final Database db;
    private final ObjectMapper json;

    ContactRepository(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The contact of the tenant; {@code forUpdate} locks the row until the transaction ends. */
    public Optional<ContactRow> find(long tenantId, long contactId, boolean forUpdate) {
        Sql sql = Sql.of("select " + COLUMNS + " from contact c where c.tenant_id = :tenant and c.id = :contact"
                        + (forUpdate ? " for update" : ""))
                .bind("tenant", tenantId).bind("contact", contactId);
        return db.withHandle(handle -> sql.query(handle).map(this::row).findOne());
    }

    /**
     * Writes the given fields (null: unchanged) and counts the edit. A renamed contact keeps its name when inbound
     * messages bring the network's profile name.
     */
    public ContactRow update(long tenantId, long contactId, String name, boolean renamed, String notes, Map<String, String> attributes) {
        Sql sql = Sql.of("""
                        update contact c set name = coalesce(cast(:name as text), c.name),
                               name_edited = c.name_edited or :renamed,
                               notes = coalesce(cast(:notes as text), c.notes),
                               attributes = coalesce(cast(:attributes as jsonb), c.attributes),
                               version = c.version + 1
                         where c.tenant_id = :tenant and c.id = :contact
                        returning\s""" + COLUMNS)
                .bind("tenant", tenantId).bind("contact", contactId).bind("name", name).bind("renamed", renamed).bind("notes", notes)
                .bind("attributes", attributes == null ? null : write(attributes));
        return db.withHandle(handle -> sql.query(handle).map(this::row).one());
    }

    /** The ids of the contact's own rooms (one per channel). */
    public List<Long> roomIds(long tenantId, long contactId) {
        return db.withHandle(handle -> Sql.of("select r.id from room r where r.tenant_id = :tenant and r.contact_id = :contact")
                .bind("tenant", tenantId).bind("contact", contactId).query(handle).mapTo(Long.class).list());
    }

    private ContactRow row(ResultSet rs) throws SQLException {
        return new ContactRow(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("external_id"),
                rs.getString("avatar_url"), rs.getString("notes"), read(rs.getString("attributes")), rs.getInt("version"));
    }

    private Map<String, String> read(String attributes) {
        try {
            return json.readValue(attributes, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contact.attributes is not an object of strings", e);
        }
    }

    private String write(Map<String, String> attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Attributes are always serialisable", e);
        }
    }
}
