package id.inbox.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the contract declares as one value is refused when repeated: JAX-RS would silently
 * take the first ({@code limit=2&limit=100}), and the client would get another page than it asked for.
 */
public class RepeatedParameters {

    /** The room list's filters: the only parameters declared as lists (repeat the parameter). */
    private static final Set<String> LISTS = Set.of("session", "agentId", "tagId", "channelId");
    private static final Set<String> LIST_PATHS = Set.of("/api/v1/rooms", "/api/v1/rooms/counts");

    @ServerRequestFilter
    public void refuseRepeatedSingleValues(ContainerRequestContext request) {
        boolean listsAllowed = LIST_PATHS.contains(request.getUriInfo().getPath());
        List<Problem.FieldError> errors = request.getUriInfo().getQueryParameters().entrySet().stream()
                .filter(parameter -> parameter.getValue().size() > 1 && !(listsAllowed && LISTS.contains(parameter.getKey())))
                .map(parameter -> new Problem.FieldError(parameter.getKey(), "must be given once"))
                .toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
