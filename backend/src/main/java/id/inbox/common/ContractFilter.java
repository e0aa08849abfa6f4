package id.inbox.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What the annotations cannot say once for all operations: the error responses every operation may
 * give (problem+json, declared once under components/responses), the closed list of problem codes,
 * a relative server, {@code security: []} on public operations and no role lists on the bearer scheme
 * (roles are not OAuth scopes), and nullable references in a form OpenAPI 3.0 validators accept.
 * Registered with mp.openapi.filter.
 */
public class ContractFilter implements OASFilter {

    private record Standard(String status, String name, String description) {
    }

    /** The descriptions SmallRye gives the 401/403 it adds to secured operations. */
    private static final List<String> SMALLRYE_DEFAULTS = List.of("Not Authorized", "Not Allowed");

    private static final List<Standard> STANDARD = List.of(
            new Standard("400", "BadRequest", "Invalid parameters or body (validation-failed names the fields; also malformed-request, invalid-character, invalid-cursor)"),
            new Standard("401", "Unauthorized", "Missing, invalid or expired access token (unauthorized)"),
            new Standard("403", "Forbidden", "Not allowed for your role, or the room is assigned to another agent (forbidden)"),
            new Standard("404", "NotFound", "No such object in your company (not-found)"),
            new Standard("405", "MethodNotAllowed", "The path does not support the method (method-not-allowed)"),
            new Standard("406", "NotAcceptable", "The API answers application/json only (not-acceptable)"),
            new Standard("413", "PayloadTooLarge", "The request body is too large (payload-too-large)"),
            new Standard("414", "UriTooLong", "The URL is too long (uri-too-long)"),
            new Standard("415", "UnsupportedMediaType", "Send the body as application/json (unsupported-media-type)"),
            new Standard("431", "HeadersTooLarge", "The request headers are too large (headers-too-large)"),
            new Standard("500", "InternalError", "Unexpected failure on our side; no details are given (internal-error)"),
            new Standard("503", "Unavailable", "Busy or unavailable; retry after Retry-After seconds (query-timeout)"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.servers(List.of(OASFactory.createServer().url("/").description("The server that serves this document")));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        describeProblem(schemas.get("Problem"));
        for (Standard standard : STANDARD) {
            openAPI.getComponents().addResponse(standard.name(), problemResponse(standard.description(), standard.status()));
        }
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> complete(method, operation, path)));
        for (Schema schema : new ArrayList<>(schemas.values())) {
            nullableReferences(schema, schemas);
        }
    }

    private static void complete(PathItem.HttpMethod method, Operation operation, String path) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        // a role list on the requirement (from @RolesAllowed) means a caller of another role gets 403, reads too
        boolean roleRestricted = secured && operation.getSecurity().stream().anyMatch(requirement -> requirement.getSchemes()
                .values().stream().anyMatch(roles -> roles != null && !roles.isEmpty()));
        if (secured) {
            // an HTTP bearer scheme has no scopes; the roles an operation needs are in its description
            List<SecurityRequirement> requirements = new ArrayList<>();
            for (SecurityRequirement requirement : operation.getSecurity()) {
                SecurityRequirement plain = OASFactory.createSecurityRequirement();
                requirement.getSchemes().keySet().forEach(plain::addScheme);
                requirements.add(plain);
            }
            operation.setSecurity(requirements);
        } else {
            operation.setSecurity(new ArrayList<>());
        }
        boolean write = method != PathItem.HttpMethod.GET;
        boolean pathIds = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        Map<String, APIResponse> responses = new TreeMap<>(operation.getResponses().getAPIResponses());
        // SmallRye declares 401/403 on secured operations without a body; the standard ones replace them.
        // An error an operation declares itself keeps its description and gets the problem+json body.
        responses.entrySet().removeIf(response -> response.getKey().startsWith("4")
                && response.getValue().getContent() == null && response.getValue().getRef() == null
                && SMALLRYE_DEFAULTS.contains(response.getValue().getDescription()));
        responses.forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null && response.getRef() == null) {
                response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
            }
        });
        for (Standard standard : STANDARD) {
            boolean applies = switch (standard.status()) {
                case "401" -> secured;
                case "403" -> secured && (write || roleRestricted);
                case "404" -> pathIds;
                case "413", "415" -> write; // resources consume JSON, so even a body-less write checks the media type
                default -> true;
            };
            if (applies) {
                responses.putIfAbsent(standard.status(),
                        OASFactory.createAPIResponse().ref("#/components/responses/" + standard.name()));
            }
        }
        operation.getResponses().setAPIResponses(responses);
    }

    private static APIResponse problemResponse(String description, String status) {
        Map<String, Object> example = new LinkedHashMap<>();
        String code = switch (status) {
            case "400" -> "validation-failed";
            case "401" -> "unauthorized";
            case "403" -> "forbidden";
            case "404" -> "not-found";
            case "405" -> "method-not-allowed";
            case "406" -> "not-acceptable";
            case "413" -> "payload-too-large";
            case "414" -> "uri-too-long";
            case "415" -> "unsupported-media-type";
            case "431" -> "headers-too-large";
            case "503" -> "query-timeout";
            default -> "internal-error";
        };
        example.put("type", "urn:inbox:problem:" + code);
        example.put("title", description.substring(0, description.indexOf(' ', 10)));
        example.put("status", Integer.parseInt(status));
        example.put("detail", description);
        example.put("code", code);
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .example(example)));
        if (status.equals("503")) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        return response;
    }

    private static void describeProblem(Schema problem) {
        List<Object> codes = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            codes.add(code.wire());
        }
        problem.getProperties().get("code").setEnumeration(codes);
    }

    /**
     * A nullable property that references a schema is generated as {@code anyOf: [$ref, {type: null}]},
     * which OpenAPI 3.0 writes as {@code allOf: [$ref], nullable: true}: null still fails the referenced
     * schema. The 3.0 form that admits null is {@code anyOf: [$ref, {type: T, nullable: true, enum: [null]}]}.
     */
    private static void nullableReferences(Schema schema, Map<String, Schema> schemas) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> nullableReferences(property, schemas));
        }
        nullableReferences(schema.getItems(), schemas);
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2) {
            return;
        }
        Schema reference = anyOf.stream().filter(s -> s.getRef() != null).findFirst().orElse(null);
        Schema nothing = anyOf.stream().filter(s -> List.of(Schema.SchemaType.NULL).equals(s.getType())).findFirst().orElse(null);
        if (reference == null || nothing == null) {
            return;
        }
        Schema target = schemas.get(reference.getRef().substring(reference.getRef().lastIndexOf('/') + 1));
        Schema.SchemaType type = target != null && target.getType() != null && !target.getType().isEmpty()
                ? target.getType().get(0) : Schema.SchemaType.OBJECT;
        schema.setType(null);
        schema.setAnyOf(List.of(reference, OASFactory.createSchema()
                .type(List.of(type, Schema.SchemaType.NULL)).enumeration(Arrays.asList((Object) null))));
    }
}
