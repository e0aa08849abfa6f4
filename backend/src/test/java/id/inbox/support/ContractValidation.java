package id.inbox.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Every request a test makes through REST Assured is checked against openapi.yaml at the repository
 * root, so the contract cannot drift from what the API does:
 * <ul>
 *   <li>every response must be one the contract allows for that request (status, headers, body), errors included;</li>
 *   <li>a request the contract forbids must be refused (4xx): tests of hostile input send such requests on
 *       purpose, and an API that accepted one would accept what it does not declare.</li>
 * </ul>
 * Paths outside the contract (health, /q/openapi, test-only resources, unknown paths) are not checked.
 * Installed before each test by Quarkus (see META-INF/services), for every test class alike.
 */
public final class ContractValidation implements Filter, QuarkusTestBeforeEachCallback {

    static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    private static final ContractValidation FILTER = new ContractValidation();
    private static volatile OpenApiInteractionValidator validator;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        // REST Assured adds the bearer header of auth().oauth2() after the filters; the validator must see it
        if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme bearer) {
            request.auth().none();
            request.header("Authorization", "Bearer " + bearer.getAccessToken());
        }
        Response response = context.next(request, expected);
        Request sent = RestAssuredRequest.of(request);
        ValidationReport requestReport = validator().validateRequest(sent);
        if (outsideContract(requestReport)) {
            return response;
        }
        ValidationReport responseReport = validator().validateResponse(sent.getPath(), sent.getMethod(), RestAssuredResponse.of(response));
        if (responseReport.hasErrors()) {
            throw new AssertionError("The contract does not allow this response to " + sent.getMethod() + " " + sent.getPath()
                    + " (status " + response.statusCode() + "):\n" + describe(responseReport) + "\nBody: " + abbreviate(response.asString()));
        }
        if (forbids(requestReport, request) && response.statusCode() < 400) {
            throw new AssertionError("The API accepted (status " + response.statusCode() + ") a request the contract forbids, "
                    + sent.getMethod() + " " + sent.getPath() + ":\n" + describe(requestReport));
        }
        return response;
    }

    /**
     * The report has an error. The validator reads no multipart body from REST Assured (its parts are kept apart
     * from the body), so for a multipart request "body missing" is no finding; the API validates the parts itself.
     */
    private static boolean forbids(ValidationReport report, FilterableRequestSpecification request) {
        boolean multipart = !request.getMultiPartParams().isEmpty();
        return report.getMessages().stream().anyMatch(m -> m.getLevel() == ValidationReport.Level.ERROR
                && !(multipart && m.getKey().equals("validation.request.body.missing")));
    }

    private static boolean outsideContract(ValidationReport report) {
        return report.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing")
                || m.getKey().equals("validation.request.operation.notAllowed"));
    }

    private static String describe(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  - " + m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ContractValidation.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString()).build();
                }
            }
        }
        return validator;
    }
}
