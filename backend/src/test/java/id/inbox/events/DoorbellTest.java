package id.inbox.events;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.EventStream;
import id.inbox.support.EventStream.Event;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The doorbell is only a doorbell: events committed while it is deaf still reach the streams. */
@QuarkusTest
class DoorbellTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    TestData data;

    @Inject
    Jdbi jdbi;

    @Test
    void noEventIsLostWhenTheListenersConnectionIsKilled() {
        TestTenant tenant = data.tenant();
        TestUser supervisor = data.supervisor(tenant);
        TestChannel channel = data.whatsApp(tenant);
        try (EventStream stream = EventStream.open(base, Api.login(supervisor), null)) {
            stream.next("ready");
            int killed = jdbi.withHandle(handle -> handle.createQuery("""
                            select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
                                                   where application_name = :name and datname = current_database()) k""")
                    .bind("name", Doorbell.APPLICATION_NAME).mapTo(Integer.class).one());
            assertThat(killed).isEqualTo(1);

            // committed while the doorbell reconnects: its ring is lost, the event is not
            long roomId = Api.inbound(supervisor, channel, "deaf", "Ada orang?", null);

            Event message = stream.next();
            assertThat(message.name()).isEqualTo("message.created");
            assertThat(message.json().getLong("roomId")).isEqualTo(roomId);
            assertThat(stream.next().name()).isEqualTo("room.changed");
        }
    }
}
