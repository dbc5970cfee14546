package io.github.sakip.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * Bytes are read as UTF-8 (RFC 8259 §8.1: "JSON text exchanged between systems that are not part of a closed
 * ecosystem MUST be encoded using UTF-8"): input whose first bytes show another encoding is refused with a
 * {@link JsonParseException} at line 1, column 1, before Jackson decodes anything.
 * <p>
 * Why: Jackson detects the encoding of bytes from their first four, and for UTF-32 decodes with a reader of its own
 * that reports a broken character with {@code java.io.CharConversionException}, no Jackson exception; in the first
 * characters of the input that happens before any deserializer runs ({@code 00 00 FE FF 7B 7D}: a UTF-32 byte order
 * mark, then half a character). What Jackson would not read as UTF-8 is exactly what this decorator refuses:
 * jackson-core's {@code ByteSourceJsonBootstrapper.detectEncoding} picks UTF-16 or UTF-32 only for a byte order mark
 * {@code FE FF} or {@code FF FE} (16 or 32 bits) or a zero byte among the first four bytes (UTF-32 and UTF-16
 * without a mark); everything else, a UTF-8 byte order mark included, it reads as UTF-8, whose errors are
 * {@link JsonParseException}s. Refusing a superset of that keeps the rule simple: no valid UTF-8 JSON starts with a
 * zero byte or with {@code FE}/{@code FF}. A UTF-8 byte order mark ({@code EF BB BF}) is let through, and Jackson
 * skips it.
 * <p>
 * Installed on the mapper's {@link JsonFactory} by {@link SakipModule#setupModule}, unless the module keeps Jackson's
 * detection ({@link SakipModule#withEncodingDetection()}). A decorator the factory had before is kept and applied
 * first; text ({@link Reader}, {@code String}) and {@link DataInput} (always UTF-8 in Jackson) pass unchanged.
 * Installing it again on the same factory changes nothing.
 */
final class Utf8Input extends InputDecorator {

    private static final long serialVersionUID = 1L;

    /** How many bytes Jackson looks at to detect the encoding. */
    private static final int HEAD = 4;

    /** The decorator the factory had before this one, applied first; null if it had none. */
    private final InputDecorator before;

    private Utf8Input(InputDecorator before) {
        this.before = before;
    }

    /**
     * Puts the decorator on a factory of JSON, around the decorator it has, unless it is there already.
     *
     * @param factory the mapper's factory; one of another format (YAML, CBOR) is left alone
     */
    @SuppressWarnings("deprecation") // a module cannot rebuild its mapper's factory; Jackson 2 keeps the mutator
    static void install(JsonFactory factory) {
        InputDecorator current = factory.getInputDecorator();
        if (JsonFactory.FORMAT_NAME_JSON.equals(factory.getFormatName()) && !(current instanceof Utf8Input)) {
            factory.setInputDecorator(new Utf8Input(current));
        }
    }

    @Override
    public InputStream decorate(IOContext ctxt, InputStream in) throws IOException {
        InputStream decorated = before == null ? null : before.decorate(ctxt, in);
        return checked(decorated == null ? in : decorated);
    }

    @Override
    public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) throws IOException {
        InputStream decorated = before == null ? null : before.decorate(ctxt, src, offset, length);
        if (decorated != null) {
            return checked(decorated);
        }
        check(src, offset, length);
        return null; // Jackson reads the array itself
    }

    @Override
    public Reader decorate(IOContext ctxt, Reader r) throws IOException {
        return before == null ? r : before.decorate(ctxt, r);
    }

    @Override
    public DataInput decorate(IOContext ctxt, DataInput input) throws IOException {
        return before == null ? input : before.decorate(ctxt, input);
    }

    /** Looks at the first bytes of a stream, and gives them back to it. */
    private static InputStream checked(InputStream in) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(in, HEAD);
        // Waits for four bytes or the end, as Jackson's own detection does.
        byte[] head = stream.readNBytes(HEAD);
        check(head, 0, head.length);
        stream.unread(head);
        return stream;
    }

    /** Refuses the bytes if they start as UTF-16 or UTF-32 text does. */
    static void check(byte[] bytes, int offset, int length) throws JsonParseException {
        int head = Math.min(HEAD, length);
        if (head >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
                && bytes[offset + 2] == (byte) 0xBF) {
            return; // a UTF-8 byte order mark, which Jackson skips
        }
        boolean notUtf8 = head >= 2 && (bytes[offset] == (byte) 0xFE && bytes[offset + 1] == (byte) 0xFF
                || bytes[offset] == (byte) 0xFF && bytes[offset + 1] == (byte) 0xFE);
        for (int i = 0; i < head && !notUtf8; i++) {
            notUtf8 = bytes[offset + i] == 0;
        }
        if (notUtf8) {
            StringBuilder start = new StringBuilder();
            for (int i = 0; i < head; i++) {
                start.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[offset + i] & 0xFF));
            }
            throw new JsonParseException((JsonParser) null, "Not UTF-8: the input starts with the bytes " + start
                    + ", as UTF-16 or UTF-32 text does (a byte order mark FE FF or FF FE, or a zero byte among the"
                    + " first four). JSON exchanged between systems is UTF-8 (RFC 8259 §8.1): save it as UTF-8, read"
                    + " it through a Reader of its charset, or register SakipModule.withEncodingDetection()",
                    new JsonLocation(ContentReference.redacted(), 0L, 0L, 1, 1));
        }
    }
}
