package id.inbox.common;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Internals stay off the public port; what a load balancer needs stays on it. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void metricsAreNotServedOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void healthStaysReachableForLoadBalancers() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void theContractAndSwaggerUiStayOnThePublicPortForQa() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
