package id.inbox.auth.apikey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyTest {

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;

    @BeforeEach
    void company() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
    }

    private Response create(String name) {
        return Api.as(supervisor).body(Map.of("name", name)).post("/api/v1/api-keys");
    }

    private static RequestSpecification withKey(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    @Test
    void aNewKeyIsShownOnceWithARecognisablePrefixAndListedWithoutTheSecret() {
        Response created = create("Order system");

        created.then().statusCode(201)
                .body("apiKey.name", equalTo("Order system"))
                .body("apiKey.createdBy.id", equalTo((int) supervisor.id()))
                .body("apiKey.lastUsedAt", nullValue())
                .body("apiKey.revokedAt", nullValue());
        String key = created.path("key");
        String prefix = created.path("apiKey.prefix");
        assertThat(key).startsWith(prefix + "_").matches("inbx_[a-z0-9]{8}_[A-Za-z0-9_-]{43}");

        String list = Api.as(supervisor).get("/api/v1/api-keys").then().statusCode(200)
                .body("items.prefix", hasItem(prefix)).extract().asString();
        assertThat(list).doesNotContain(key.substring(prefix.length() + 1));
    }

    @Test
    void aKeyActsWithSupervisorRightsInItsOwnCompanyAndRecordsItsLastUse() {
        TestChannel channel = data.whatsApp(tenant);
        String key = create("CRM sync").path("key");

        withKey(key).get("/api/v1/rooms").then().statusCode(200);
        withKey(key).body(Map.of("channelId", channel.id(), "contact", Map.of("externalId", "6281200000001", "name", "Siti"),
                "text", "Halo, pesanan saya?")).post("/api/v1/inbound/messages").then().statusCode(201);
        // the key is its own service account, named after it
        withKey(key).get("/api/v1/me").then().statusCode(200).body("name", equalTo("CRM sync"))
                .body("role", equalTo("supervisor")).body("tenant.id", equalTo((int) tenant.id()));

        Api.as(supervisor).get("/api/v1/api-keys").then()
                .body("items.find { it.name == 'CRM sync' }.lastUsedAt", notNullValue());
    }

    @Test
    void aKeyCannotSeeAnotherCompany() {
        TestTenant other = data.tenant();
        TestChannel foreign = data.whatsApp(other);
        long foreignRoom = Api.inbound(data.supervisor(other), foreign, "6281200000002", "Halo", null);
        String key = create("CRM sync").path("key");

        withKey(key).get("/api/v1/rooms/" + foreignRoom).then().statusCode(404);
    }

    @Test
    void aRevokedKeyIsRefusedOnTheNextRequest() {
        Response created = create("Old integration");
        String key = created.path("key");
        int id = created.path("apiKey.id");
        withKey(key).get("/api/v1/rooms").then().statusCode(200);

        Api.as(supervisor).delete("/api/v1/api-keys/" + id).then().statusCode(204);

        withKey(key).get("/api/v1/rooms").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("api-key-revoked"));
        Api.as(supervisor).get("/api/v1/api-keys").then().body("items.find { it.id == " + id + " }.revokedAt", notNullValue());
        Api.as(supervisor).delete("/api/v1/api-keys/" + id).then().statusCode(204);
    }

    @Test
    void aForgedOrMangledKeyIsRefused() {
        String key = create("CRM sync").path("key");
        String forged = key.substring(0, key.length() - 4) + (key.endsWith("AAAA") ? "BBBB" : "AAAA");

        withKey(forged).get("/api/v1/rooms").then().statusCode(401).body("code", equalTo("api-key-revoked"));
        withKey("inbx_garbage").get("/api/v1/rooms").then().statusCode(401).body("code", equalTo("api-key-revoked"));
    }

    @Test
    void keysAreManagedBySupervisorsSignedInNotByKeysOrAgents() {
        String key = create("CRM sync").path("key");
        TestUser agent = data.agent(tenant);

        withKey(key).body(Map.of("name", "Escalated")).post("/api/v1/api-keys").then().statusCode(403);
        withKey(key).get("/api/v1/users").then().statusCode(403);
        withKey(key).body(Map.of("currentPassword", "anything-at-all", "newPassword", "kopi-tubruk-pagi-hari"))
                .put("/api/v1/me/password").then().statusCode(403);
        Api.as(agent).get("/api/v1/api-keys").then().statusCode(403);
        Api.as(agent).body(Map.of("name", "Mine")).post("/api/v1/api-keys").then().statusCode(403);
    }

    @Test
    void anotherCompanysKeyCannotBeRevoked() {
        TestUser otherSupervisor = data.supervisor(data.tenant());
        int foreignKey = Api.as(otherSupervisor).body(Map.of("name", "Theirs")).post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("apiKey.id");

        Api.as(supervisor).delete("/api/v1/api-keys/" + foreignKey).then().statusCode(404);
        Api.as(supervisor).get("/api/v1/api-keys").then().body("items.id", not(hasItem(foreignKey)));
    }

    @Test
    void theKeysServiceAccountIsNeitherAnAgentNorATeamMember() {
        create("CRM sync").then().statusCode(201);

        Api.as(supervisor).get("/api/v1/agents").then().body("items.name", not(hasItem("CRM sync")));
        Api.as(supervisor).get("/api/v1/users").then().body("items.name", not(hasItem("CRM sync")));
    }
}
