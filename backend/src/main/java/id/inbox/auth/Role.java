package id.inbox.auth;

/** What a user may do (DESIGN.md 2.4). The names are the JWT groups and the API values. */
public enum Role {
    agent,
    supervisor;

    public static final String SUPERVISOR = "supervisor";
}
