package io.github.sakip.jackson3;

import static io.github.sakip.jackson3.Field.nested;

import io.github.sakip.Ikm;
import io.github.sakip.Mutu;
import io.github.sakip.report.IkmTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * How the table of a community satisfaction survey ({@link IkmTable}) is read and written, in the same format,
 * byte for byte, as {@code io.github.sakip.json.IkmJson} of sakip-json (Jackson 2):
 * <pre>{@code
 * {"unit": "...", "unsur": [...], "scale": "KEPMENPAN_25_2004", "statedWeight": "PRINTED", "population": 1000,
 *  "respondents": 29, "totals": [105, ...],            (or "answers": [[4, 3, null, ...], ...])
 *  "printed": {"nrr": [...], "converted": [...], "weightedNrr": [...], "unsurMutu": ["A", ...],
 *              "index": 3.6224, "ikm": 90.56, "mutu": "A", "sampleSize": 278}}
 * }</pre>
 * {@code unsur} is left out when it is the nine of PermenPAN-RB 14/2017 and {@code scale} when it is that
 * regulation's; a blank answer is {@code null}, the one null the format has, because a blank holds its place in a
 * respondent's row.
 */
final class IkmJson {

    private IkmJson() {
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** Reads a JSON array of scalars into an immutable list; nulls are refused. */
    private static <T> Reader<List<T>> scalars(Reader.Scalar<T> element) {
        return (p, ctxt, nested) -> {
            List<T> out = new ArrayList<>();
            for (JsonToken t = start(p, ctxt, 0); t != JsonToken.END_ARRAY; t = next(p, ctxt, out.size())) {
                int index = out.size();
                if (t == JsonToken.VALUE_NULL) {
                    throw nullElement(p, index);
                }
                out.add(Json.read(p, ctxt, Reader.scalar(element), nested, at(index)));
            }
            return List.copyOf(out);
        };
    }

    /** Reads the answers: an array of respondents, each an array of answers, {@code null} for a blank. */
    private static List<List<Integer>> answers(JsonParser p, DeserializationContext ctxt, Nested nested) {
        List<List<Integer>> out = new ArrayList<>();
        for (JsonToken t = start(p, ctxt, 0); t != JsonToken.END_ARRAY; t = next(p, ctxt, out.size())) {
            int index = out.size();
            if (t == JsonToken.VALUE_NULL) {
                throw nullElement(p, index);
            }
            out.add(Json.read(p, ctxt, IkmJson::respondent, nested, at(index)));
        }
        return Collections.unmodifiableList(out);
    }

    /** Reads one respondent's answers: integers, or {@code null} for a blank. */
    private static List<Integer> respondent(JsonParser p, DeserializationContext ctxt, Nested nested) {
        List<Integer> out = new ArrayList<>();
        for (JsonToken t = start(p, ctxt, 0); t != JsonToken.END_ARRAY; t = next(p, ctxt, out.size())) {
            out.add(t == JsonToken.VALUE_NULL ? null
                    : Json.read(p, ctxt, Reader.scalar(Readers::integer), nested, at(out.size())));
        }
        return Collections.unmodifiableList(out);
    }

    private static JsonToken start(JsonParser p, DeserializationContext ctxt, int index) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Json.wrongToken(p, List.class, "an array");
        }
        return next(p, ctxt, index);
    }

    private static JsonToken next(JsonParser p, DeserializationContext ctxt, int index) {
        return Json.read(p, ctxt, (q, c, n) -> q.nextToken(), Nested.ONE_OFF, at(index));
    }

    private static JacksonException.Reference at(int index) {
        return new JacksonException.Reference(List.class, index);
    }

    private static MismatchedInputException nullElement(JsonParser p, int index) {
        MismatchedInputException e = MismatchedInputException.from(p, List.class, "Element " + index
                + " must not be null");
        e.prependPath(List.class, index);
        return e;
    }

    /** Reads a population: a whole number of people, at least 1. */
    private static long population(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw Json.wrongToken(p, Long.class, "an integer");
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw InvalidFormatException.from(p, "Integer " + Json.abbreviate(p.getString()) + " is out of range",
                    p.getString(), Long.class);
        }
        return p.getLongValue();
    }

    static final Field<List<String>> UNSUR = Field.of("unsur", scalars(Readers::string));
    static final Field<Mutu.Scale> SCALE = nested("scale", Mutu.Scale.class);
    static final Field<Ikm.Weight> STATED_WEIGHT = nested("statedWeight", Ikm.Weight.class);
    static final Field<Long> POPULATION = Field.of("population", IkmJson::population);
    static final Field<Integer> RESPONDENTS = Field.of("respondents", Readers::integer);
    static final Field<List<BigDecimal>> TOTALS = Field.of("totals", scalars(Readers::decimal));
    static final Field<List<List<Integer>>> ANSWERS = Field.of("answers", IkmJson::answers);
    static final Field<List<BigDecimal>> NRR = Field.of("nrr", scalars(Readers::decimal));
    static final Field<List<BigDecimal>> CONVERTED = Field.of("converted", scalars(Readers::decimal));
    static final Field<List<BigDecimal>> WEIGHTED_NRR = Field.of("weightedNrr", scalars(Readers::decimal));
    static final Field<List<Mutu>> UNSUR_MUTU = Field.of("unsurMutu", Readers.list(Mutu.class));
    static final Field<BigDecimal> INDEX = Field.of("index", Readers::decimal);
    static final Field<BigDecimal> IKM = Field.of("ikm", Readers::decimal);
    static final Field<Mutu> MUTU = nested("mutu", Mutu.class);
    static final Field<Integer> SAMPLE_SIZE = Field.of("sampleSize", Readers::integer);
    static final Field<Values> PRINTED = Field.object("printed", Fields.of(IkmTable.class, NRR, CONVERTED,
            WEIGHTED_NRR, UNSUR_MUTU, INDEX, IKM, MUTU, SAMPLE_SIZE));
    static final Fields TABLE = Fields.of(IkmTable.class, Readers.UNIT, UNSUR, SCALE, STATED_WEIGHT, POPULATION,
            RESPONDENTS, TOTALS, ANSWERS, PRINTED);

    /** Builds a table from its fields: either {@code answers}, or {@code respondents} and {@code totals}. */
    static IkmTable table(Values v) {
        String unit = v.required(Readers.UNIT);
        List<String> unsur = v.optional(UNSUR, Ikm.UNSUR_PERMENPAN_RB_14_2017);
        IkmTable table;
        if (v.has(ANSWERS)) {
            if (v.has(RESPONDENTS) || v.has(TOTALS)) {
                throw v.mismatch("either \"answers\" or \"respondents\" and \"totals\", not both");
            }
            table = IkmTable.ofAnswers(unit, unsur, v.required(ANSWERS));
        } else {
            table = IkmTable.ofTotals(unit, unsur, v.required(RESPONDENTS), v.required(TOTALS));
        }
        table = table.withScale(v.optional(SCALE, Mutu.Scale.PERMENPAN_RB_14_2017));
        table = apply(table, v.optional(STATED_WEIGHT), IkmTable::withStatedWeight);
        Optional<Long> population = v.optional(POPULATION);
        table = population.isPresent() ? table.withPopulation(population.get()) : table;
        table = apply(table, v.optional(PRINTED, NRR), IkmTable::withPrintedNrr);
        table = apply(table, v.optional(PRINTED, CONVERTED), IkmTable::withPrintedConverted);
        table = apply(table, v.optional(PRINTED, WEIGHTED_NRR), IkmTable::withPrintedWeightedNrr);
        table = apply(table, v.optional(PRINTED, UNSUR_MUTU), IkmTable::withPrintedUnsurMutu);
        table = apply(table, v.optional(PRINTED, INDEX), IkmTable::withPrintedIndex);
        table = apply(table, v.optional(PRINTED, IKM), IkmTable::withPrintedIkm);
        table = apply(table, v.optional(PRINTED, MUTU), IkmTable::withPrintedMutu);
        Optional<Integer> sampleSize = v.optional(PRINTED, SAMPLE_SIZE);
        return sampleSize.isPresent() ? table.withPrintedSampleSize(sampleSize.get()) : table;
    }

    private static <V> IkmTable apply(IkmTable table, Optional<V> value,
            BiFunction<IkmTable, V, IkmTable> with) {
        return value.map(given -> with.apply(table, given)).orElse(table);
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    static void write(IkmTable table, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject();
        g.writeStringProperty("unit", table.unit());
        if (!table.unsur().equals(Ikm.UNSUR_PERMENPAN_RB_14_2017)) {
            g.writeArrayPropertyStart("unsur");
            for (String name : table.unsur()) {
                g.writeString(name);
            }
            g.writeEndArray();
        }
        if (table.scale() != Mutu.Scale.PERMENPAN_RB_14_2017) {
            ctxt.defaultSerializeProperty("scale", table.scale(), g);
        }
        if (table.statedWeight().isPresent()) {
            ctxt.defaultSerializeProperty("statedWeight", table.statedWeight().get(), g);
        }
        if (table.population().isPresent()) {
            g.writeNumberProperty("population", table.population().getAsLong());
        }
        if (table.answers().isPresent()) {
            g.writeArrayPropertyStart("answers");
            for (List<Integer> respondent : table.answers().get()) {
                g.writeStartArray();
                for (Integer answer : respondent) {
                    if (answer == null) {
                        g.writeNull();
                    } else {
                        g.writeNumber(answer);
                    }
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        } else {
            g.writeNumberProperty("respondents", table.respondents());
            numbers("totals", table.totals(), g);
        }
        if (table.printedNrr().isPresent() || table.printedConverted().isPresent()
                || table.printedWeightedNrr().isPresent() || table.printedUnsurMutu().isPresent()
                || table.printedIndex().isPresent() || table.printedIkm().isPresent()
                || table.printedMutu().isPresent() || table.printedSampleSize().isPresent()) {
            g.writeObjectPropertyStart("printed");
            if (table.printedNrr().isPresent()) {
                numbers("nrr", table.printedNrr().get(), g);
            }
            if (table.printedConverted().isPresent()) {
                numbers("converted", table.printedConverted().get(), g);
            }
            if (table.printedWeightedNrr().isPresent()) {
                numbers("weightedNrr", table.printedWeightedNrr().get(), g);
            }
            if (table.printedUnsurMutu().isPresent()) {
                g.writeArrayPropertyStart("unsurMutu");
                for (Mutu mutu : table.printedUnsurMutu().get()) {
                    ctxt.writeValue(g, mutu);
                }
                g.writeEndArray();
            }
            if (table.printedIndex().isPresent()) {
                g.writeName("index");
                Writers.number(table.printedIndex().get(), g);
            }
            if (table.printedIkm().isPresent()) {
                g.writeName("ikm");
                Writers.number(table.printedIkm().get(), g);
            }
            if (table.printedMutu().isPresent()) {
                ctxt.defaultSerializeProperty("mutu", table.printedMutu().get(), g);
            }
            if (table.printedSampleSize().isPresent()) {
                g.writeNumberProperty("sampleSize", table.printedSampleSize().getAsInt());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void numbers(String name, List<BigDecimal> values, JsonGenerator g) {
        g.writeArrayPropertyStart(name);
        for (BigDecimal value : values) {
            Writers.number(value, g);
        }
        g.writeEndArray();
    }
}
