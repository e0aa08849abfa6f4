package id.inbox.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml at the repository root is the contract; it must be exactly what the code serves.
 * {@code make openapi} runs this test with {@code -Dopenapi.update=true} to write the served contract.
 */
@QuarkusTest
class OpenApiDriftTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

    @Test
    void committedContractMatchesTheServedOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served);
        }

        assertThat(COMMITTED).as("openapi.yaml at the repository root").exists();
        assertThat(Files.readString(COMMITTED))
                .as("openapi.yaml differs from what the code serves: run 'make openapi' and commit the result")
                .isEqualTo(served);
    }
}
