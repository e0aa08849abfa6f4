package id.inbox.auth;

import id.inbox.tenant.Tenant;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;

/** An agent or supervisor of a tenant; integrators use a supervisor-role account. */
@Entity
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Tenant tenant;

    /** An e-mail address, stored lower-case; unique across tenants because login names no tenant. */
    public String username;

    /** bcrypt. */
    public String passwordHash;

    public String displayName;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean active;

    /** {@code person} signs in with a password; {@code api_key} is the service account of an API key. */
    public String kind;

    public OffsetDateTime passwordChangedAt;

    public OffsetDateTime createdAt;
}
