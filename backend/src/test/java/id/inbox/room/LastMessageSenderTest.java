package id.inbox.room;

import static id.inbox.room.RoomFixtures.ago;
import static id.inbox.support.Api.reply;
import static id.inbox.support.Api.room;
import static id.inbox.support.Api.rooms;
import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A room's last message says who wrote it, so a colleague's reply is not shown as one's own ("You:"). */
@QuarkusTest
class LastMessageSenderTest {

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser budi;
    TestUser dewi;
    TestChannel whatsApp;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        budi = data.agent(tenant);
        dewi = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
    }

    @Test
    void aColleaguesReplyNamesItsSenderInTheOtherAgentsRoomList() {
        String contact = RoomFixtures.externalId();
        long roomId = RoomFixtures.inbound(supervisor, whatsApp, contact, "Siti", null, "COD bisa?", null).roomId();

        reply(budi, roomId, "COD tersedia untuk Jakarta").then().statusCode(201);

        JsonPath list = rooms(dewi, "limit", 100).jsonPath();
        String item = "items.find { it.id == " + roomId + " }.lastMessage";
        assertThat(list.getString(item + ".preview")).isEqualTo("COD tersedia untuk Jakarta");
        assertThat(list.getLong(item + ".sender.id")).isEqualTo(budi.id());
        assertThat(list.getString(item + ".sender.name")).isEqualTo(budi.name());
        assertThat(room(dewi, roomId).getLong("lastMessage.sender.id")).isEqualTo(budi.id());
    }

    @Test
    void aCustomerMessageAfterTheReplyHasNoSender() {
        String contact = RoomFixtures.externalId();
        long roomId = RoomFixtures.inbound(supervisor, whatsApp, contact, "Siti", null, "COD bisa?", null).roomId();
        reply(budi, roomId, "COD tersedia").then().statusCode(201);

        RoomFixtures.message(supervisor, whatsApp, contact, "Oke, saya pesan", null);

        JsonPath room = room(dewi, roomId);
        assertThat(room.getString("lastMessage.direction")).isEqualTo("INBOUND");
        assertThat(room.getMap("lastMessage")).containsEntry("sender", null);
    }

    @Test
    void aLateCustomerMessageOlderThanTheReplyKeepsTheRepliesSender() {
        String contact = RoomFixtures.externalId();
        long roomId = RoomFixtures.inbound(supervisor, whatsApp, contact, "Siti", null, "Halo", ago(Duration.ofMinutes(10)))
                .roomId();
        reply(budi, roomId, "Halo Kak").then().statusCode(201);

        RoomFixtures.message(supervisor, whatsApp, contact, "Masih di sana?", ago(Duration.ofMinutes(5)));

        JsonPath room = room(dewi, roomId);
        assertThat(room.getString("lastMessage.preview")).isEqualTo("Halo Kak");
        assertThat(room.getLong("lastMessage.sender.id")).isEqualTo(budi.id());
    }
}
