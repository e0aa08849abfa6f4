package id.inbox.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorShapeTest {

    @Inject
    TestData data;

    @Test
    void unknownPathUnderApiIsANotFoundProblem() {
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void unsupportedMethodIsAProblem() {
        given().delete("/api/v1/auth/login")
                .then().statusCode(405).contentType("application/problem+json")
                .body("code", equalTo("method-not-allowed"));
    }

    @Test
    void wrongContentTypeIsAProblem() {
        given().contentType("text/plain").body("username=a")
                .post("/api/v1/auth/login")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void roleTheSecurityLayerRefusesIsAForbiddenProblem() {
        TestData.TestUser agent = data.agent(data.tenant());

        Api.as(agent).get("/api/v1/test-only/supervisors")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("forbidden"));
    }

    @Test
    void unexpectedFailureIsAGenericProblemWithoutInternals() {
        TestData.TestUser agent = data.agent(data.tenant());

        Response response = Api.as(agent).get("/api/v1/test-only/failure");

        response.then().statusCode(500).contentType("application/problem+json")
                .body("code", equalTo("internal-error"));
        assertThat(response.asString()).doesNotContain("select secret", "IllegalStateException", "at id.inbox");
    }

    @Test
    void readinessReportsTheDatabase() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }
}
