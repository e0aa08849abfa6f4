package id.inbox.room;

import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.expiredSentAt;
import static id.inbox.room.RoomFixtures.expiringSentAt;
import static id.inbox.room.RoomFixtures.openSentAt;
import static id.inbox.room.RoomFixtures.resolved;
import static id.inbox.room.RoomFixtures.room;
import static id.inbox.room.RoomFixtures.tagged;
import static id.inbox.support.Api.counts;
import static id.inbox.support.Api.room;
import static id.inbox.support.Api.roomIds;
import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTag;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoomCountsTest {

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestUser otherAgent;
    TestChannel whatsApp;
    TestChannel email;
    TestTag vip;

    /*
     * The tenant's rooms (status / session / channel / tag / assignee / contact):
     *   r1 UNASSIGNED OPEN     WhatsApp        -        Andi
     *   r2 UNASSIGNED EXPIRING WhatsApp  vip   -        Budi
     *   r3 ASSIGNED   EXPIRED  WhatsApp        agent    Andi
     *   r4 ASSIGNED   OPEN     WhatsApp  vip   agent    Citra
     *   r5 ASSIGNED   EXPIRING WhatsApp        other    Andi
     *   r6 RESOLVED   EXPIRED  WhatsApp  vip   -        Dewi
     *   r7 UNASSIGNED OPEN     e-mail    vip   -        Andi
     *   r8 RESOLVED   OPEN     e-mail          -        Eka
     */
    @BeforeEach
    void rooms() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        otherAgent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        email = data.email(tenant);
        vip = data.tag(tenant);

        room(supervisor, whatsApp, "Andi Satu", openSentAt());
        long r2 = room(supervisor, whatsApp, "Budi Dua", expiringSentAt());
        tagged(supervisor, r2, vip);
        long r3 = room(supervisor, whatsApp, "Andi Tiga", expiredSentAt());
        assignTo(supervisor, r3, agent);
        long r4 = room(supervisor, whatsApp, "Citra Empat", openSentAt());
        assignTo(supervisor, r4, agent);
        tagged(supervisor, r4, vip);
        long r5 = room(supervisor, whatsApp, "Andi Lima", expiringSentAt());
        assignTo(supervisor, r5, otherAgent);
        long r6 = room(supervisor, whatsApp, "Dewi Enam", expiredSentAt());
        tagged(supervisor, r6, vip);
        resolved(supervisor, r6);
        long r7 = room(supervisor, email, "Andi Tujuh", openSentAt());
        tagged(supervisor, r7, vip);
        long r8 = room(supervisor, email, "Eka Delapan", openSentAt());
        resolved(supervisor, r8);
    }

    private static Map<String, Integer> tabs(JsonPath counts) {
        return counts.getMap("tabs", String.class, Integer.class);
    }

    private static Map<String, Integer> sessions(JsonPath counts) {
        return counts.getMap("sessions", String.class, Integer.class);
    }

    @Test
    void withoutFiltersAllCountsTheRoomsStillBeingWorkedAndTheSessionsAreTheirs() {
        JsonPath counts = counts(agent);

        // resolved rooms (r6, r8) are only on the Resolved tab; mine: r3, r4
        assertThat(tabs(counts)).isEqualTo(Map.of("all", 6, "mine", 2, "unassigned", 3, "assigned", 3, "resolved", 2));
        assertThat(sessions(counts)).isEqualTo(Map.of("open", 3, "expiring", 2, "expired", 1));
        assertThat(counts.getInt("expiringThresholdMinutes")).isEqualTo(240);
    }

    @Test
    void tabCountsIgnoreTheStatusFilterButApplyTheSessionFilter() {
        JsonPath counts = counts(agent, "status", "assigned", "session", "open");

        // open rooms: r1, r4, r7, r8 whatever the selected tab
        assertThat(tabs(counts)).isEqualTo(Map.of("all", 3, "mine", 1, "unassigned", 2, "assigned", 1, "resolved", 1));
    }

    @Test
    void sessionCountsIgnoreTheSessionFilterButApplyTheStatusFilter() {
        JsonPath counts = counts(agent, "status", "assigned", "session", "open");

        // assigned rooms: r3 expired, r4 open, r5 expiring, whatever the selected session
        assertThat(sessions(counts)).isEqualTo(Map.of("open", 1, "expiring", 1, "expired", 1));
    }

    @Test
    void severalSelectedSessionsNarrowTheTabCountsToAnyOfThem() {
        JsonPath counts = counts(agent, "session", "expiring", "session", "expired");

        // r2, r3, r5, r6
        assertThat(tabs(counts)).isEqualTo(Map.of("all", 3, "mine", 1, "unassigned", 1, "assigned", 2, "resolved", 1));
        assertThat(sessions(counts)).isEqualTo(Map.of("open", 3, "expiring", 2, "expired", 1));
    }

    @Test
    void channelFilterAppliesToTabsAndSessions() {
        JsonPath counts = counts(agent, "channelId", email.id());

        // r7, r8
        assertThat(tabs(counts)).isEqualTo(Map.of("all", 1, "mine", 0, "unassigned", 1, "assigned", 0, "resolved", 1));
        assertThat(sessions(counts)).isEqualTo(Map.of("open", 1, "expiring", 0, "expired", 0));
    }

    @Test
    void tagFilterAppliesToTabsAndSessions() {
        JsonPath counts = counts(agent, "tagId", vip.id());

        // r2, r4, r6, r7
        assertThat(tabs(counts)).isEqualTo(Map.of("all", 3, "mine", 1, "unassigned", 2, "assigned", 1, "resolved", 1));
        assertThat(sessions(counts)).isEqualTo(Map.of("open", 2, "expiring", 1, "expired", 0));
    }

    @Test
    void agentFilterAppliesToTabsAndSessions() {
        JsonPath counts = counts(agent, "agentId", agent.id());

        // r3, r4
        assertThat(tabs(counts)).isEqualTo(Map.of("all", 2, "mine", 2, "unassigned", 0, "assigned", 2, "resolved", 0));
        assertThat(sessions(counts)).isEqualTo(Map.of("open", 1, "expiring", 0, "expired", 1));
    }

    @Test
    void contactQueryAppliesToTabsAndSessions() {
        JsonPath counts = counts(agent, "q", "andi");

        // r1, r3, r5, r7
        assertThat(tabs(counts)).isEqualTo(Map.of("all", 4, "mine", 1, "unassigned", 2, "assigned", 2, "resolved", 0));
        assertThat(sessions(counts)).isEqualTo(Map.of("open", 2, "expiring", 1, "expired", 1));
    }

    @Test
    void countsEqualTheNumberOfRoomsTheListReturnsForTheSameFilters() {
        List<Object[]> filterSets = List.of(
                new Object[] {},
                new Object[] {"session", "open"},
                new Object[] {"status", "unassigned", "session", "expiring", "session", "open"},
                new Object[] {"channelId", whatsApp.id(), "tagId", vip.id()},
                new Object[] {"q", "andi", "status", "assigned"},
                new Object[] {"agentId", agent.id(), "agentId", otherAgent.id(), "session", "expired"});
        for (Object[] filters : filterSets) {
            JsonPath counts = counts(agent, filters);
            for (String tab : List.of("all", "mine", "unassigned", "assigned", "resolved")) {
                assertThat(tabs(counts).get(tab)).as("tab %s for %s", tab, Arrays.toString(filters))
                        .isEqualTo(roomIds(agent, replace(filters, "status", List.of(tab))).size());
            }
            for (String session : List.of("open", "expiring", "expired")) {
                assertThat(sessions(counts).get(session)).as("session %s for %s", session, Arrays.toString(filters))
                        .isEqualTo(roomIds(agent, replace(filters, "session", List.of(session))).size());
            }
        }
    }

    @Test
    void countsFollowAStatusChange() {
        long r9 = room(supervisor, whatsApp, "Fajar Sembilan", openSentAt());
        assertThat(tabs(counts(agent)).get("unassigned")).isEqualTo(4);

        assignTo(supervisor, r9, agent);

        assertThat(tabs(counts(agent))).isEqualTo(Map.of("all", 7, "mine", 3, "unassigned", 3, "assigned", 4, "resolved", 2));
    }

    @Test
    void mineIsTheCallersOwnRoomsAndNothingWhenTheAgentFilterNamesOnlyOthers() {
        assertThat(tabs(counts(otherAgent)).get("mine")).isEqualTo(1);
        assertThat(tabs(counts(supervisor)).get("mine")).isZero();
        assertThat(roomIds(agent, "status", "mine")).hasSize(2);

        assertThat(tabs(counts(agent, "agentId", otherAgent.id())).get("mine")).isZero();
        assertThat(roomIds(agent, "status", "mine", "agentId", otherAgent.id())).isEmpty();
        assertThat(sessions(counts(agent, "status", "mine"))).isEqualTo(Map.of("open", 1, "expiring", 0, "expired", 1));
    }

    @Test
    void theExpiredCountOfAllIsWhatResolvingAllExpiredOffers() {
        int expired = sessions(counts(supervisor)).get("expired");

        int offered = Api.resolveExpired(supervisor, null, null, true).then().statusCode(200).extract().path("resolvedCount");

        assertThat(offered).isEqualTo(expired).isEqualTo(1);
    }

    /** The filters with every value of the parameter replaced by the given values. */
    private static Object[] replace(Object[] filters, String name, List<String> values) {
        List<Object> result = new ArrayList<>();
        for (int i = 0; i < filters.length; i += 2) {
            if (!filters[i].equals(name)) {
                result.add(filters[i]);
                result.add(filters[i + 1]);
            }
        }
        for (String value : values) {
            result.add(name);
            result.add(value);
        }
        return result.toArray();
    }
}
