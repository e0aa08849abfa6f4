package id.inbox.common;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Endpoints that exist only in tests, to drive failures the product's own endpoints must never produce. */
@Path("/api/v1/test-only")
public class TestOnlyResource {

    @GET
    @Path("/supervisors")
    @RolesAllowed("supervisor")
    @Operation(hidden = true)
    public String supervisorsOnly() {
        return "ok";
    }

    @GET
    @Path("/failure")
    @Authenticated
    @Operation(hidden = true)
    public String failure() {
        throw new IllegalStateException("select secret from internals");
    }
}
