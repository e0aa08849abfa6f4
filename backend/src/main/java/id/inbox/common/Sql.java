package id.inbox.common;

import java.util.List;

/** A statement and its parameters, built in one place and run (or explained, by the plan guards) in another. */
public record Sql(String text, List<Object> params) {

    public Object[] args() {
        return params.toArray();
    }
}
