package id.inbox.room;

import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.externalId;
import static id.inbox.room.RoomFixtures.openRoom;
import static id.inbox.support.Api.inbound;
import static id.inbox.support.Api.messages;
import static id.inbox.support.Api.reply;
import static id.inbox.support.Api.resolve;
import static id.inbox.support.Api.room;
import static id.inbox.support.Api.sendTemplate;
import static id.inbox.support.Api.tag;
import static id.inbox.support.Api.untag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTag;
import id.inbox.support.TestData.TestTemplate;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md 2.4: every user reads every room of the tenant; an agent writes only on unassigned rooms and
 * their own; a supervisor writes on any room.
 */
@QuarkusTest
class PermissionsTest {

    private static final List<String> PARAMETERS = List.of("Siti", "INV-1");

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser owner;
    TestUser colleague;
    TestChannel whatsApp;
    TestTemplate template;
    TestTag tag;

    /** A room assigned to {@link #owner}, carrying {@link #tag}. */
    long ownersRoom;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        owner = data.agent(tenant);
        colleague = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        template = data.approvedTemplate(whatsApp);
        tag = data.tag(tenant);
        ownersRoom = openRoom(supervisor, whatsApp);
        assignTo(supervisor, ownersRoom, owner);
        tag(supervisor, ownersRoom, tag.id()).then().statusCode(200);
    }

    private static void assertForbidden(Response response) {
        response.then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
    }

    private void assertOwnersRoomUnchanged(JsonPath before) {
        JsonPath after = room(supervisor, ownersRoom);
        assertThat(after.getString("status")).isEqualTo("ASSIGNED");
        assertThat(after.getLong("assignee.id")).isEqualTo(owner.id());
        assertThat(after.getList("tags.id", Long.class)).containsExactly(tag.id());
        assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
    }

    private static String key() {
        return TestData.unique("key");
    }

    // ---- an agent on a colleague's room ----

    @Test
    void agentMayNotReplyInAColleaguesRoom() {
        JsonPath before = room(supervisor, ownersRoom);
        int messagesBefore = messages(supervisor, ownersRoom).size();

        assertForbidden(reply(colleague, ownersRoom, "Saya ambil alih ya"));

        assertThat(messages(supervisor, ownersRoom)).hasSize(messagesBefore);
        assertOwnersRoomUnchanged(before);
    }

    @Test
    void agentMayNotSendATemplateInAColleaguesRoom() {
        JsonPath before = room(supervisor, ownersRoom);
        int messagesBefore = messages(supervisor, ownersRoom).size();

        assertForbidden(sendTemplate(colleague, ownersRoom, key(), template.id(), PARAMETERS));

        assertThat(messages(supervisor, ownersRoom)).hasSize(messagesBefore);
        assertOwnersRoomUnchanged(before);
    }

    @Test
    void agentMayNotTagAColleaguesRoom() {
        JsonPath before = room(supervisor, ownersRoom);
        TestTag another = data.tag(tenant);

        assertForbidden(tag(colleague, ownersRoom, another.id()));

        assertOwnersRoomUnchanged(before);
    }

    @Test
    void agentMayNotUntagAColleaguesRoom() {
        JsonPath before = room(supervisor, ownersRoom);

        assertForbidden(untag(colleague, ownersRoom, tag.id()));

        assertOwnersRoomUnchanged(before);
    }

    @Test
    void agentMayNotResolveAColleaguesRoom() {
        JsonPath before = room(supervisor, ownersRoom);

        assertForbidden(resolve(colleague, ownersRoom));

        assertOwnersRoomUnchanged(before);
        assertThat(room(supervisor, ownersRoom).getString("resolvedAt")).isNull();
    }

    @Test
    void agentMayNotReplyInAResolvedRoomAColleagueKeeps() {
        resolve(owner, ownersRoom).then().statusCode(200);

        assertForbidden(reply(colleague, ownersRoom, "Halo lagi"));

        assertThat(room(supervisor, ownersRoom).getString("status")).isEqualTo("RESOLVED");
    }

    @Test
    void agentMayStillReadAColleaguesRoomAndItsMessages() {
        Api.as(colleague).get(Api.ROOMS + "/" + ownersRoom).then().statusCode(200)
                .body("id", equalTo((int) ownersRoom));
        Api.as(colleague).get(Api.ROOMS + "/" + ownersRoom + "/messages").then().statusCode(200)
                .body("items.direction", hasItem("INBOUND"));
    }

    @Test
    void anyUserMayMarkAColleaguesRoomRead() {
        Api.as(colleague).post(Api.ROOMS + "/" + ownersRoom + "/read").then().statusCode(200)
                .body("unreadCount", equalTo(0));
    }

    // ---- a supervisor on anyone's room ----

    @Test
    void supervisorMayReplyInAnAgentsRoom() {
        reply(supervisor, ownersRoom, "Halo, saya supervisor").then().statusCode(201);
    }

    @Test
    void supervisorMaySendATemplateInAnAgentsRoom() {
        sendTemplate(supervisor, ownersRoom, key(), template.id(), PARAMETERS).then().statusCode(201);
    }

    @Test
    void supervisorMayTagAndUntagAnAgentsRoom() {
        TestTag another = data.tag(tenant);

        tag(supervisor, ownersRoom, another.id()).then().statusCode(200);
        untag(supervisor, ownersRoom, tag.id()).then().statusCode(200);

        assertThat(room(owner, ownersRoom).getList("tags.id", Long.class)).containsExactly(another.id());
    }

    @Test
    void supervisorMayResolveAnAgentsRoom() {
        resolve(supervisor, ownersRoom).then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    // ---- an agent on unassigned rooms and their own ----

    @Test
    void agentMayWorkOnTheirOwnRoom() {
        TestTag another = data.tag(tenant);

        reply(owner, ownersRoom, "Baik Kak").then().statusCode(201);
        sendTemplate(owner, ownersRoom, key(), template.id(), PARAMETERS).then().statusCode(201);
        tag(owner, ownersRoom, another.id()).then().statusCode(200);
        untag(owner, ownersRoom, tag.id()).then().statusCode(200);
        resolve(owner, ownersRoom).then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    @Test
    void agentMayTagAndUntagAnUnassignedRoom() {
        long roomId = openRoom(supervisor, whatsApp);

        tag(colleague, roomId, tag.id()).then().statusCode(200).body("tags.id", equalTo(List.of((int) tag.id())));
        untag(colleague, roomId, tag.id()).then().statusCode(200).body("tags", equalTo(List.of()));
    }

    @Test
    void agentMayResolveAnUnassignedRoom() {
        long roomId = openRoom(supervisor, whatsApp);

        resolve(colleague, roomId).then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    @Test
    void agentMaySendATemplateToAnUnassignedRoom() {
        long roomId = openRoom(supervisor, whatsApp);

        sendTemplate(colleague, roomId, key(), template.id(), PARAMETERS).then().statusCode(201);
    }

    @Test
    void resolvedRoomWithoutAssigneeCountsAsUnassigned() {
        long roomId = openRoom(supervisor, whatsApp);
        resolve(supervisor, roomId).then().statusCode(200);

        reply(colleague, roomId, "Ada yang bisa dibantu lagi?").then().statusCode(201);
    }

    // ---- tags and tenants ----

    @Test
    void taggingIsIdempotent() {
        tag(owner, ownersRoom, tag.id()).then().statusCode(200);

        assertThat(room(owner, ownersRoom).getList("tags.id", Long.class)).containsExactly(tag.id());
    }

    @Test
    void tagOfAnotherTenantIsNotFoundAndNotAttached() {
        TestTag foreign = data.tag(data.tenant());

        int status = tag(owner, ownersRoom, foreign.id()).then().extract().statusCode();

        assertThat(status).isEqualTo(404);
        assertThat(room(owner, ownersRoom).getList("tags.id", Long.class)).containsExactly(tag.id());
    }

    @Test
    void userOfAnotherTenantCannotSeeOrTouchTheRoom() {
        TestUser stranger = data.supervisor(data.tenant());

        Api.as(stranger).get(Api.ROOMS + "/" + ownersRoom).then().statusCode(404)
                .body("code", equalTo("not-found"));
        Api.as(stranger).get(Api.ROOMS + "/" + ownersRoom + "/messages").then().statusCode(404);
        untag(stranger, ownersRoom, tag.id()).then().statusCode(404);
        Api.as(stranger).post(Api.ROOMS + "/" + ownersRoom + "/read").then().statusCode(404);

        assertThat(room(owner, ownersRoom).getList("tags.id", Long.class)).containsExactly(tag.id());
    }

    // ---- inbound is for integrators (supervisor role) ----

    @Test
    void agentMayNotPostInboundMessages() {
        assertForbidden(inbound(owner, whatsApp, externalId(), "Halo", null, null));

        Api.as(supervisor).get(Api.ROOMS).then().statusCode(200).body("items.size()", equalTo(1));
    }
}
