package io.github.sakip.jackson3;

import io.github.sakip.report.PercentTable;
import io.github.sakip.report.StatedPrecision;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * How a precision the report states ({@link StatedPrecision}) is read and written, in the report's
 * {@code "precisions"}:
 * <pre>{@code
 * {"table": "Perjanjian Kinerja", "column": "Capaian", "decimals": 1}     (one column)
 * {"table": "Efisiensi Anggaran", "decimals": 0}                          (every column of the table)
 * }</pre>
 * The table and the column are their exact names ({@link PercentTable#label()},
 * {@link io.github.sakip.report.PercentColumn#label()}), as the findings' locations quote them.
 */
final class PrecisionJson {

    private PrecisionJson() {
    }

    private static final String TABLES = Arrays.stream(PercentTable.values()).map(PercentTable::label)
            .collect(Collectors.joining(", "));

    /** Reads a table from its exact name. */
    static PercentTable table(JsonParser p, DeserializationContext ctxt) {
        String text = Readers.string(p, ctxt);
        for (PercentTable table : PercentTable.values()) {
            if (table.label().equals(text)) {
                return table;
            }
        }
        throw InvalidFormatException.from(p, "\"" + Json.abbreviate(text) + "\" is not a "
                + Json.describe(PercentTable.class) + "; expected one of " + TABLES, text, PercentTable.class);
    }

    static final Field<PercentTable> TABLE = Field.of("table", PrecisionJson::table);
    static final Field<String> COLUMN = Field.of("column", Readers::string);
    static final Field<Integer> DECIMALS = Field.of("decimals", Readers::integer);
    static final Fields FIELDS = Fields.of(StatedPrecision.class, TABLE, COLUMN, DECIMALS);

    /** A table, its column if one is named (refused if the table has no such column), and the decimals. */
    static final Deser.Build<StatedPrecision> BUILD = v -> {
        PercentTable table = v.required(TABLE);
        Optional<String> column = v.optional(COLUMN);
        int decimals = v.required(DECIMALS);
        return column.isPresent() ? StatedPrecision.of(table.column(column.get()), decimals)
                : StatedPrecision.of(table, decimals);
    };

    /** The report's field; absent when the report states no precision. */
    static final Field<List<StatedPrecision>> PRECISIONS = Field.of("precisions", Readers.list(StatedPrecision.class));

    static void write(StatedPrecision stated, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("table", stated.table().label());
        if (stated.column().isPresent()) {
            g.writeStringProperty("column", stated.column().get().label());
        }
        g.writeNumberProperty("decimals", stated.decimals());
        g.writeEndObject();
    }
}
