package id.inbox.channel;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reference lists the SPA fills its pickers from: channels, tags and assignable people of the caller's company. */
@QuarkusTest
class ReferenceListsTest {

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser agent;

    @BeforeEach
    void company() {
        tenant = data.tenant();
        agent = data.agent(tenant);
        TestTenant other = data.tenant();
        data.email(other);
        data.tag(other);
        data.agent(other);
    }

    @Test
    void channelsOfTheCompanyByKindWithTheirWindow() {
        TestData.TestChannel whatsApp = data.whatsApp(tenant);
        TestData.TestChannel email = data.email(tenant);

        Api.as(agent).get("/api/v1/channels").then().statusCode(200)
                .body("items.id", contains((int) email.id(), (int) whatsApp.id()))
                .body("items.kind", contains("EMAIL", "WHATSAPP"))
                .body("items[1].name", equalTo(whatsApp.name()))
                .body("items[1].windowMinutes", equalTo(1440))
                .body("items[0].windowMinutes", nullValue());
    }

    @Test
    void tagsOfTheCompanyWithTheirColour() {
        TestData.TestTag tag = data.tag(tenant);

        Api.as(agent).get("/api/v1/tags").then().statusCode(200)
                .body("items.id", contains((int) tag.id()))
                .body("items[0].name", equalTo(tag.name()))
                .body("items[0].color", equalTo("#2563eb"));
    }

    @Test
    void agentsAreTheCompanysActivePeople() {
        TestUser supervisor = data.supervisor(tenant);
        TestUser gone = data.agent(tenant);
        data.deactivate(gone);
        TestUser first = agent.name().compareToIgnoreCase(supervisor.name()) < 0 ? agent : supervisor;
        TestUser second = first == agent ? supervisor : agent;

        Api.as(agent).get("/api/v1/agents").then().statusCode(200)
                .body("items.id", contains((int) first.id(), (int) second.id()))
                .body("items.username", contains(first.username(), second.username()))
                .body("items.name", contains(first.name(), second.name()))
                .body("items.role", contains(first.role(), second.role()));
    }
}
