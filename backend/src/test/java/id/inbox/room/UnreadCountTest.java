package id.inbox.room;

import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.openRoom;
import static id.inbox.room.RoomFixtures.resolved;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /rooms/unread-count: the tab title's number, the caller's and the unassigned rooms with unread messages. */
@QuarkusTest
class UnreadCountTest {

    @Inject
    TestData data;

    @Inject
    Jdbi jdbi;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestUser colleague;
    TestChannel whatsApp;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        colleague = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
    }

    private static ValidatableResponse unreadCount(TestUser user) {
        return Api.as(user).get(Api.ROOMS + "/unread-count").then().statusCode(200);
    }

    @Test
    void countsMyAndTheUnassignedRoomsWithUnreadMessages() {
        openRoom(supervisor, whatsApp); // unassigned, unread
        assignTo(supervisor, openRoom(supervisor, whatsApp), agent); // mine, unread
        assignTo(supervisor, openRoom(supervisor, whatsApp), colleague); // the colleague's, unread
        resolved(supervisor, openRoom(supervisor, whatsApp)); // resolved
        long read = openRoom(supervisor, whatsApp);
        Api.as(agent).post(Api.ROOMS + "/" + read + "/read").then().statusCode(200); // unassigned, read

        unreadCount(agent).body("count", equalTo(2)).body("capped", equalTo(false));
        unreadCount(colleague).body("count", equalTo(2)).body("capped", equalTo(false));
        unreadCount(supervisor).body("count", equalTo(1)).body("capped", equalTo(false));
    }

    @Test
    void anotherCompanysRoomsDoNotCount() {
        TestTenant other = data.tenant();
        openRoom(data.supervisor(other), data.whatsApp(other));

        unreadCount(agent).body("count", equalTo(0)).body("capped", equalTo(false));
    }

    @Test
    void countStopsAtAHundredAndSaysThereAreMore() {
        unreadRooms(100);
        unreadCount(agent).body("count", equalTo(100)).body("capped", equalTo(false));

        unreadRooms(1);

        unreadCount(agent).body("count", equalTo(100)).body("capped", equalTo(true));
    }

    /** Unassigned rooms with an unread message each, written directly (a hundred customer messages would be slow). */
    private void unreadRooms(int count) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        with contacts as (
                            insert into contact (tenant_id, external_id, name)
                            select :tenant, :prefix || g, 'Customer ' || g from generate_series(1, :count) g
                            returning id)
                        insert into room (tenant_id, contact_id, channel_id, status, last_activity_at, unread_count)
                        select :tenant, id, :channel, 'UNASSIGNED', now(), 1 from contacts""")
                .bind("tenant", tenant.id()).bind("prefix", TestData.unique("bulk")).bind("count", count)
                .bind("channel", whatsApp.id()).execute());
    }
}
