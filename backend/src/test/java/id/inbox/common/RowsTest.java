package id.inbox.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rows and parameters as the backend's statements map and bind them, against PostgreSQL. */
@QuarkusTest
class RowsTest {

    enum Colour { RED, GREEN }

    record Everything(long id, int count, boolean active, Long maybeId, Integer maybeCount, Boolean maybeActive, String name,
                      Instant at, UUID key, Colour colour, float rank, byte[] raw) {
    }

    record Pair(long tenantId, String displayName) {
    }

    @Inject
    Database db;

    @Test
    void aRecordIsFilledByComponentNameWhateverTheColumnOrder() {
        Instant at = Instant.parse("2026-03-01T10:15:30.123456Z");
        UUID key = UUID.randomUUID();
        Everything row = db.withHandle(handle -> Sql.of("""
                        select 'x' as name, :at as at, :key as key, :colour as colour, 0.5::real as rank,
                               '\\x0102'::bytea as raw, 7 as count, true as active, null::bigint as maybe_id,
                               null::int as maybe_count, null::boolean as maybe_active, :id as id""")
                .bind("at", at).bind("key", key).bind("colour", Colour.GREEN).bind("id", 42L)
                .query(handle).map(Rows.of(Everything.class)).one());

        assertThat(row.id()).isEqualTo(42L);
        assertThat(row.count()).isEqualTo(7);
        assertThat(row.active()).isTrue();
        assertThat(row.maybeId()).isNull();
        assertThat(row.maybeCount()).isNull();
        assertThat(row.maybeActive()).isNull();
        assertThat(row.name()).isEqualTo("x");
        assertThat(row.at()).isEqualTo(at);
        assertThat(row.key()).isEqualTo(key);
        assertThat(row.colour()).isEqualTo(Colour.GREEN);
        assertThat(row.rank()).isEqualTo(0.5f);
        assertThat(row.raw()).containsExactly(1, 2);
    }

    @Test
    void snakeCaseAndFoldedColumnNamesBothMatchACamelCaseComponent() {
        List<Pair> rows = db.withHandle(handle -> Sql.of(
                        "select 1 as tenant_id, 'Budi' as displayName union all select 2, 'Dewi' order by 1")
                .query(handle).map(Rows.of(Pair.class)).list());

        assertThat(rows).containsExactly(new Pair(1, "Budi"), new Pair(2, "Dewi"));
    }

    @Test
    void aStatementWithoutAColumnForAComponentFailsNamingIt() {
        assertThatThrownBy(() -> db.withHandle(handle -> Sql.of("select 1 as tenant_id")
                .query(handle).map(Rows.of(Pair.class)).one()))
                .hasStackTraceContaining("Pair.displayname");
    }

    @Test
    void listsBindAsArraysAndNullAsAnUntypedNull() {
        List<Long> ids = db.withHandle(handle -> Sql.of(
                        "select x from unnest(:ids) as x where :nothing::text is null and x::text <> all(:skip) order by x")
                .bind("ids", List.of(3L, 1L, 2L)).bind("nothing", null).bind("skip", List.of("2"))
                .query(handle).mapTo(Long.class).list());

        assertThat(ids).containsExactly(1L, 3L);
    }

    @Test
    void theSameRecordReadByStatementsWithTheirColumnsInAnotherOrderMapsEachByName() {
        for (int round = 0; round < 2; round++) {
            Pair first = db.withHandle(handle -> Sql.of("select 1 as tenant_id, 'Budi' as display_name")
                    .query(handle).map(Rows.of(Pair.class)).one());
            Pair second = db.withHandle(handle -> Sql.of("select 'Dewi' as display_name, 2 as tenant_id")
                    .query(handle).map(Rows.of(Pair.class)).one());

            assertThat(first).isEqualTo(new Pair(1, "Budi"));
            assertThat(second).isEqualTo(new Pair(2, "Dewi"));
        }
    }

    @Test
    void anEmptyListBindsAsAnArrayOfTheTypeTheStatementNeeds() {
        List<String> names = db.withHandle(handle -> Sql.of(
                        "select name from (values ('Budi'), ('Dewi')) as t(name) where name <> all(:skip) order by name")
                .bind("skip", List.of()).query(handle).mapTo(String.class).list());

        assertThat(names).containsExactly("Budi", "Dewi");
    }
}
