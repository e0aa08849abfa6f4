package id.inbox.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.inbox.support.Api;
import id.inbox.support.Api.SignedIn;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamTest {

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;

    @BeforeEach
    void team() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
    }

    private static Map<String, Object> newUser(String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", TestData.unique("new").toLowerCase() + "@test.example");
        body.put("name", "Sari Wulandari");
        body.put("role", role);
        body.put("password", "teh-manis-pagi-hari");
        return body;
    }

    @Test
    void aSupervisorListsTheCompanysPeopleOnly() {
        TestUser stranger = data.agent(data.tenant());

        Api.as(supervisor).get("/api/v1/users").then().statusCode(200)
                .body("items.id", hasItem((int) agent.id()))
                .body("items.id", hasItem((int) supervisor.id()))
                .body("items.id", not(hasItem((int) stranger.id())))
                .body("items.find { it.id == " + agent.id() + " }.role", equalTo("agent"))
                .body("items.find { it.id == " + agent.id() + " }.active", equalTo(true));
    }

    @Test
    void aSupervisorAddsAnAgentWhoCanSignInAtOnce() {
        Map<String, Object> body = newUser("agent");

        Api.as(supervisor).body(body).post("/api/v1/users").then().statusCode(201)
                .body("id", notNullValue()).body("role", equalTo("agent")).body("active", equalTo(true));

        given().contentType(ContentType.JSON).body(Map.of("username", body.get("username"), "password", body.get("password")))
                .post("/api/v1/auth/login").then().statusCode(200).body("user.tenant.id", equalTo((int) tenant.id()));
    }

    @Test
    void aTakenUsernameIsAConflictEvenInAnotherCompany() {
        TestUser elsewhere = data.agent(data.tenant());
        Map<String, Object> body = newUser("agent");
        body.put("username", elsewhere.username().toUpperCase());

        Api.as(supervisor).body(body).post("/api/v1/users")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("username-taken"));
    }

    @Test
    void anInitialPasswordMustBeStrong() {
        Map<String, Object> body = newUser("agent");
        body.put("password", "password1");

        Api.as(supervisor).body(body).post("/api/v1/users")
                .then().statusCode(400).body("code", equalTo("weak-password")).body("errors[0].field", equalTo("password"));
    }

    @Test
    void agentsCannotManageTheTeam() {
        Api.as(agent).get("/api/v1/users").then().statusCode(403);
        Api.as(agent).body(newUser("supervisor")).post("/api/v1/users").then().statusCode(403);
        Api.as(agent).body(Map.of("role", "supervisor")).patch("/api/v1/users/" + agent.id()).then().statusCode(403);
    }

    @Test
    void deactivatingSomeoneEndsTheirSessionsAndReactivatingLetsThemSignInAgain() {
        SignedIn session = Api.signIn(agent);

        Api.as(supervisor).body(Map.of("active", false)).patch("/api/v1/users/" + agent.id())
                .then().statusCode(200).body("active", equalTo(false));

        given().auth().oauth2(session.accessToken()).get("/api/v1/rooms").then().statusCode(401)
                .body("code", equalTo("session-ended"));
        Api.refresh(session.refreshToken()).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", agent.username(), "password", TestData.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(403).body("code", equalTo("account-inactive"));

        Api.as(supervisor).body(Map.of("active", true)).patch("/api/v1/users/" + agent.id()).then().statusCode(200);

        Api.signIn(agent);
    }

    @Test
    void aSupervisorCannotDeactivateOrDemoteThemselves() {
        Api.as(supervisor).body(Map.of("active", false)).patch("/api/v1/users/" + supervisor.id())
                .then().statusCode(422).body("code", equalTo("cannot-change-own-account"));
        Api.as(supervisor).body(Map.of("role", "agent")).patch("/api/v1/users/" + supervisor.id())
                .then().statusCode(422).body("code", equalTo("cannot-change-own-account"));
        Api.as(supervisor).body(Map.of("name", "Kepala Tim")).patch("/api/v1/users/" + supervisor.id())
                .then().statusCode(200).body("name", equalTo("Kepala Tim"));
    }

    @Test
    void anotherCompanysUserIsNotFound() {
        TestUser stranger = data.agent(data.tenant());

        Api.as(supervisor).body(Map.of("active", false)).patch("/api/v1/users/" + stranger.id())
                .then().statusCode(404).body("code", equalTo("not-found"));
        Api.signIn(stranger);
    }

    @Test
    void aDeactivatedAgentKeepsTheirRoomsShownAsInactive() {
        var channel = data.whatsApp(tenant);
        long room = Api.inbound(supervisor, channel, "6281300000001", "Halo", null);
        Api.as(supervisor).body(Map.of("agentId", agent.id())).put("/api/v1/rooms/" + room + "/assignee").then().statusCode(200);

        Api.as(supervisor).body(Map.of("active", false)).patch("/api/v1/users/" + agent.id()).then().statusCode(200);

        Api.as(supervisor).get("/api/v1/rooms/" + room).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("assignee.id", equalTo((int) agent.id()))
                .body("assignee.active", equalTo(false));
    }
}
