package id.inbox.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters as the contract declares them, before JAX-RS bends them: a parameter declared as
 * one value is refused when repeated (JAX-RS would take the first of {@code limit=2&limit=100}), and an
 * empty value is refused where the contract declares a number or an enum (JAX-RS would read it as
 * absent, so {@code status=} listed every room). Free text ({@code q}) and {@code cursor} may be empty.
 */
public class StrictQueryParameters {

    /** The room list's filters: the only parameters declared as lists (repeat the parameter). */
    private static final Set<String> LISTS = Set.of("session", "agentId", "tagId", "channelId");
    private static final Set<String> LIST_PATHS = Set.of("/api/v1/rooms", "/api/v1/rooms/counts");
    private static final Set<String> MAY_BE_EMPTY = Set.of("q", "cursor");

    @ServerRequestFilter
    public void refuseWhatTheContractDoesNotDeclare(ContainerRequestContext request) {
        boolean listsAllowed = LIST_PATHS.contains(request.getUriInfo().getPath());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (parameter.getValue().size() > 1 && !(listsAllowed && LISTS.contains(name))) {
                errors.add(new Problem.FieldError(name, "must be given once"));
            } else if (!MAY_BE_EMPTY.contains(name) && parameter.getValue().stream().anyMatch(String::isEmpty)) {
                errors.add(new Problem.FieldError(name, "must not be empty; leave the parameter out instead"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
