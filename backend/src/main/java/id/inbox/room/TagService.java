package id.inbox.room;

import id.inbox.common.Database;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.room.RoomDtos.TagView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The tags a company labels its rooms with. */
@ApplicationScoped
public class TagService {

    private final Database db;

    TagService(Database db) {
        this.db = db;
    }

    /** The company's tags, by name. */
    public List<TagView> list(long tenantId) {
        Sql sql = Sql.of("select id, name, color from tag where tenant_id = :tenant order by lower(name), id").bind("tenant", tenantId);
        return db.withHandle(handle -> sql.query(handle).map(Rows.of(TagView.class)).list());
    }
}
