package id.inbox.common;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's type of an id in a query parameter (parsed by {@link QueryParams}); never instantiated. */
@Schema(name = "PositiveId", type = SchemaType.INTEGER, format = "int64", minimum = "1", examples = "42")
public final class PositiveId {

    private PositiveId() {
    }
}
