package id.inbox.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void namesBecomeJdbcPlaceholdersInOrderAndARepeatedNameIsBoundAgain() {
        NamedParameters parsed = NamedParameters.parse(
                "select 1 from room where tenant_id = :tenant and (id = :room or :room is null) and x = :tenant");

        assertEquals("select 1 from room where tenant_id = ? and (id = ? or ? is null) and x = ?", parsed.jdbc());
        assertEquals(List.of("tenant", "room", "room", "tenant"), parsed.names());
    }

    @Test
    void castsQuotedTextAndCommentsAreNotParameters() {
        NamedParameters parsed = NamedParameters.parse("""
                select :tags::bigint[], ':not_a_name', 'it''s :still text', "odd:name"
                  -- a comment with :nothing
                  /* nor :this */ from t where a = :a""");

        assertEquals("""
                select ?::bigint[], ':not_a_name', 'it''s :still text', "odd:name"
                  -- a comment with :nothing
                  /* nor :this */ from t where a = ?""", parsed.jdbc());
        assertEquals(List.of("tags", "a"), parsed.names());
    }

    @Test
    void aTimeLiteralAndAnArraySliceAreLeftAlone() {
        NamedParameters parsed = NamedParameters.parse("select '10:30'::time, (array[1,2,3])[1:2], x[:n]");

        assertEquals("select '10:30'::time, (array[1,2,3])[1:2], x[?]", parsed.jdbc());
        assertEquals(List.of("n"), parsed.names());
    }
}
