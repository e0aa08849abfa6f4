package id.inbox.events;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import id.inbox.support.WhatsApp;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Company settings are cached in each instance's memory; a change told to the live stream makes every instance
 * read them again at once instead of after the cache's minute.
 */
@QuarkusTest
class SettingsInvalidationTest {

    @Inject
    TestData data;

    @Inject
    LiveEvents live;

    @Inject
    Jdbi jdbi;

    @Test
    void aSettingsChangeReachesTheCachedSettingsOfTheInstanceAtOnce() {
        TestTenant tenant = data.tenant();
        TestUser supervisor = data.supervisor(tenant);
        TestChannel channel = data.whatsApp(tenant);
        long roomId = Api.inbound(supervisor, channel, "settings", "Halo", null);
        assertThat(Api.room(supervisor, roomId).getInt("expiringThresholdMinutes")).isEqualTo(240);

        QuarkusTransaction.requiringNew().run(() -> {
            jdbi.useHandle(handle -> handle.createUpdate("update tenant set expiring_threshold_minutes = 90 where id = :id")
                    .bind("id", tenant.id()).execute());
            live.referenceChanged(tenant.id(), LiveEvents.Reference.SETTINGS);
        });

        WhatsApp.until("the room shows the new threshold", () -> { },
                () -> Api.room(supervisor, roomId).getInt("expiringThresholdMinutes") == 90);
    }
}
