package id.inbox.note;

import static id.inbox.note.NoteTest.note;
import static id.inbox.room.RoomFixtures.openRoom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.EventStream;
import id.inbox.support.EventStream.Event;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** @mentions in private notes: stored once per note and user, listed and counted per user, told live to that user only. */
@QuarkusTest
class MentionTest {

    @Inject
    TestData data;

    @TestHTTPResource("/")
    URI base;

    TestTenant tenant;
    TestUser supervisor;
    TestUser author;
    TestUser colleague;
    TestChannel whatsApp;
    long roomId;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        author = data.agent(tenant);
        colleague = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        roomId = openRoom(supervisor, whatsApp);
    }

    static JsonPath mentions(TestUser user, Integer limit, String cursor) {
        var request = Api.as(user);
        if (limit != null) {
            request = request.queryParam("limit", limit);
        }
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/mentions").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aMentionIsStoredOncePerNoteAndUserAndListedForThatUserOnly() {
        long noteId = note(author, roomId, "@Dewi tolong cek", List.of(colleague.id(), colleague.id())).then().statusCode(201)
                .body("mentions.id", equalTo(List.of((int) colleague.id())))
                .body("mentions.name", equalTo(List.of(colleague.name())))
                .extract().jsonPath().getLong("id");

        JsonPath mine = mentions(colleague, null, null);
        assertThat(mine.getList("items")).hasSize(1);
        assertThat(mine.getLong("items[0].messageId")).isEqualTo(noteId);
        assertThat(mine.getLong("items[0].roomId")).isEqualTo(roomId);
        assertThat(mine.getLong("items[0].author.id")).isEqualTo(author.id());
        assertThat(mine.getString("items[0].body")).isEqualTo("@Dewi tolong cek");
        assertThat((Object) mine.get("items[0].readAt")).isNull();
        assertThat(mine.getLong("unreadCount")).isEqualTo(1);
        assertThat(mentions(author, null, null).getList("items")).isEmpty();
        assertThat(mentions(supervisor, null, null).getLong("unreadCount")).isZero();
    }

    @Test
    void mentionsComeNewestFirstByKeyset() {
        for (String body : List.of("satu", "dua", "tiga")) {
            note(author, roomId, body, List.of(colleague.id())).then().statusCode(201);
        }

        JsonPath first = mentions(colleague, 2, null);
        assertThat(first.getList("items.body")).containsExactly("tiga", "dua");
        JsonPath second = mentions(colleague, 2, first.getString("nextCursor"));
        assertThat(second.getList("items.body")).containsExactly("satu");
        assertThat((Object) second.get("nextCursor")).isNull();
        assertThat(second.getLong("unreadCount")).isEqualTo(3);
    }

    @Test
    void markingOneAndThenAllReadLowersTheUnreadCount() {
        note(author, roomId, "satu", List.of(colleague.id())).then().statusCode(201);
        note(author, roomId, "dua", List.of(colleague.id())).then().statusCode(201);
        long newest = mentions(colleague, null, null).getLong("items[0].id");

        Api.as(colleague).post("/api/v1/mentions/" + newest + "/read").then().statusCode(204);
        JsonPath afterOne = mentions(colleague, null, null);
        assertThat(afterOne.getLong("unreadCount")).isEqualTo(1);
        assertThat((Object) afterOne.get("items[0].readAt")).isNotNull();

        Api.as(colleague).post("/api/v1/mentions/read").then().statusCode(204);
        assertThat(mentions(colleague, null, null).getLong("unreadCount")).isZero();
    }

    @Test
    void someoneElsesMentionCannotBeMarkedRead() {
        note(author, roomId, "satu", List.of(colleague.id())).then().statusCode(201);
        long mentionId = mentions(colleague, null, null).getLong("items[0].id");

        Api.as(author).post("/api/v1/mentions/" + mentionId + "/read").then().statusCode(404);
        TestTenant other = data.tenant();
        Api.as(data.supervisor(other)).post("/api/v1/mentions/" + mentionId + "/read").then().statusCode(404);
        assertThat(mentions(colleague, null, null).getLong("unreadCount")).isEqualTo(1);
    }

    @Test
    void mentioningSomeoneOfAnotherCompanyIsNotFoundAndNothingIsStored() {
        TestUser stranger = data.agent(data.tenant());

        note(author, roomId, "@stranger", List.of(colleague.id(), stranger.id())).then().statusCode(404)
                .body("code", equalTo("mentioned-user-not-found"));

        assertThat(Api.messages(author, roomId)).noneMatch(m -> "INTERNAL".equals(m.get("direction")));
        assertThat(mentions(colleague, null, null).getList("items")).isEmpty();
    }

    @Test
    void mentioningADeactivatedColleagueIsRefused() {
        TestUser former = data.user(tenant, "agent", false);

        note(author, roomId, "@former", List.of(former.id())).then().statusCode(422)
                .body("code", equalTo("mentioned-user-inactive"));
    }

    @Test
    void theMentionedUserAloneIsToldLive() {
        try (EventStream theirs = EventStream.open(base, Api.login(colleague), null);
             EventStream authors = EventStream.open(base, Api.login(author), null)) {
            theirs.next("ready");
            authors.next("ready");

            long noteId = note(author, roomId, "@Dewi lihat ini", List.of(colleague.id())).then().statusCode(201)
                    .extract().jsonPath().getLong("id");

            Event mention = theirs.next("mention.created");
            assertThat(mention.json().getLong("userId")).isEqualTo(colleague.id());
            assertThat(mention.json().getLong("mention.messageId")).isEqualTo(noteId);
            // a later note shows the author's stream has passed the mention's place without receiving it
            long later = note(author, roomId, "tanpa mention", null).then().statusCode(201).extract().jsonPath().getLong("id");
            List<String> authorsEvents = new ArrayList<>();
            Event event;
            do {
                event = authors.next();
                authorsEvents.add(event.name());
            } while (!(event.name().equals("message.created") && event.json().getLong("message.id") == later));
            assertThat(authorsEvents).containsExactly("message.created", "message.created");
        }
    }
}
