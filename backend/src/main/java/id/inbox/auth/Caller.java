package id.inbox.auth;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read only from the verified token: the tenant never comes from the request. */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    public long userId() {
        try {
            return Long.parseLong(token.getSubject());
        } catch (NumberFormatException | NullPointerException e) {
            throw new UnauthorizedException();
        }
    }

    public long tenantId() {
        Object claim = token.getClaim(TokenIssuer.TENANT_CLAIM);
        if (claim instanceof JsonNumber number) {
            return number.longValueExact();
        }
        if (claim instanceof Number number) {
            return number.longValue();
        }
        throw new UnauthorizedException();
    }

    public boolean isSupervisor() {
        return token.getGroups().contains(Role.SUPERVISOR);
    }
}
