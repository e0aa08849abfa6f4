package id.inbox.contact;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import id.inbox.contact.ContactDtos.ContactUpdate;
import id.inbox.contact.ContactDtos.ContactView;
import id.inbox.contact.ContactRepository.ContactRow;
import id.inbox.events.LiveEvents;
import id.inbox.room.ContactRoomsQuery;
import id.inbox.room.RoomDtos.RoomPage;
import id.inbox.room.RoomETag;
import id.inbox.room.RoomETag.IfMatch;
import id.inbox.room.RoomViews;
import id.inbox.tenant.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The contact panel's reads and the team's edits of a contact. Any active user of the company may edit a
 * contact, agents as well as supervisors, whoever has its rooms: notes and attributes are the team's shared
 * knowledge of the customer (as in Chatwoot and Qontak), and an agent may only read a colleague's room.
 */
@ApplicationScoped
@Transactional
public class ContactService {

    public static final String IF_MATCH_MUST_BE = "must be the contact's ETag, e.g. \"v3\" (from GET /contacts/{id})";

    private final ContactRepository contacts;
    private final ContactRoomsQuery rooms;
    private final RoomViews roomViews;
    private final LiveEvents live;
    private final TenantSettings settings;
    private final Clock clock;

    ContactService(ContactRepository contacts, ContactRoomsQuery rooms, RoomViews roomViews, LiveEvents live,
                   TenantSettings settings, Clock clock) {
        this.contacts = contacts;
        this.rooms = rooms;
        this.roomViews = roomViews;
        this.live = live;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactView get(Caller caller, long contactId) {
        return view(caller.tenantId(), find(caller, contactId, false));
    }

    /** The person's rooms on every channel, newest activity first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoomPage rooms(Caller caller, long contactId, int limit, String cursor) {
        ContactRow contact = find(caller, contactId, false);
        return rooms.page(caller.tenantId(), contact.id(), contact.phone(), limit, cursor, clock.instant(), threshold(caller));
    }

    /**
     * Applies the team's edit to the contact as it was seen (If-Match), else 412 contact-changed. The change is
     * told to the live stream, and a new name with the contact's rooms, which show it.
     */
    public ContactView update(Caller caller, long contactId, IfMatch ifMatch, ContactUpdate update) {
        ContactRow current = find(caller, contactId, true);
        if (!ifMatch.accepts(current.version())) {
            throw changed(current.version());
        }
        if (update.name() == null && update.notes() == null && update.attributes() == null) {
            return view(caller.tenantId(), current);
        }
        String name = update.name() == null ? null : update.name().strip();
        boolean renamed = name != null && !name.equals(current.name());
        ContactRow saved = contacts.update(caller.tenantId(), contactId, name, renamed, update.notes(), update.attributes());
        ContactView view = view(caller.tenantId(), saved);
        live.contactChanged(caller.tenantId(), view);
        if (renamed) {
            Instant now = clock.instant();
            Duration threshold = threshold(caller);
            roomViews.findAll(caller.tenantId(), contacts.roomIds(caller.tenantId(), contactId), now, threshold)
                    .forEach(room -> live.roomChanged(caller.tenantId(), room));
        }
        return view;
    }

    private ContactRow find(Caller caller, long contactId, boolean forUpdate) {
        return contacts.find(caller.tenantId(), contactId, forUpdate)
                .orElseThrow(() -> ApiException.notFound("Contact " + contactId));
    }

    private ContactView view(long tenantId, ContactRow row) {
        return new ContactView(row.id(), row.name(), row.phone() == null ? null : "+" + row.phone(), row.externalId(),
                row.avatarUrl(), rooms.channels(tenantId, row.id(), row.phone()), row.notes(), row.attributes(), row.version());
    }

    private Duration threshold(Caller caller) {
        return settings.expiringThreshold(caller.tenantId());
    }

    private static ApiException changed(int version) {
        return new ApiException(412, ProblemCode.CONTACT_CHANGED, "Contact changed",
                "Someone edited this contact since you loaded it; nothing was saved. Load it again (its ETag is in this "
                        + "response's ETag header) and make your edit on what it is now.",
                Map.of(HttpHeaders.ETAG, RoomETag.of(version)));
    }
}
