package io.github.sakip.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a JSON array read from a stream into chunks of whole elements, without parsing them: a cheap scanner that
 * only follows strings (and their escapes) and brackets finds where each element of the top-level array starts and
 * ends, so that the elements can be parsed on every core while the stream is still being read. The array is never
 * held whole: each chunk holds the elements that fit in its buffer.
 * <p>
 * The scanner trusts nothing it does not need: an element is whatever lies between two commas of the array (or its
 * brackets), and whether it is a report is for the parser to say; what the scanner itself cannot follow (the array
 * not closed, a comma before its end, text after it) is an {@link Malformed}.
 */
final class ArrayChunks {

    /**
     * Elements of the array, in order: element {@code i} is {@code bytes[starts[i], ends[i])}.
     *
     * @param bytes the buffer, owned by the chunk
     * @param starts where each element starts
     * @param ends where each element ends (exclusive)
     * @param count how many elements
     * @param firstIndex the index in the array of the first element, from 0
     */
    record Chunk(byte[] bytes, int[] starts, int[] ends, int count, long firstIndex) {
    }

    /** What the scanner cannot follow, with the index of the element where it happened. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final int chunkSize;
    private byte[] buf;
    private int len;
    private int pos;
    private boolean eof;
    private boolean done;
    private long index;
    private long consumed;

    /**
     * Starts reading an array whose opening bracket has been read already, at {@code pos} of a buffer.
     *
     * @param in the rest of the stream
     * @param buf the buffer with the bytes read so far
     * @param len how many bytes of the buffer are valid
     * @param pos the position after the opening bracket
     * @param chunkSize the size of a chunk's buffer
     */
    ArrayChunks(InputStream in, byte[] buf, int len, int pos, int chunkSize) {
        this.in = in;
        this.chunkSize = chunkSize;
        this.buf = buf.length >= chunkSize ? buf : Arrays.copyOf(buf, chunkSize);
        this.len = len;
        this.pos = pos;
    }

    /** The bytes of the stream consumed so far (those of the chunks returned). */
    long consumed() {
        return consumed;
    }

    /**
     * Returns the next chunk.
     *
     * @return the chunk, or null after the end of the array
     * @throws Malformed if the array is not closed, has a comma before its end, or is followed by anything but
     *         white space
     * @throws IOException if reading fails
     */
    Chunk next() throws IOException {
        if (done) {
            return null;
        }
        int[] starts = new int[256];
        int[] ends = new int[256];
        int count = 0;
        while (true) {
            int start = skipWhiteSpace(pos);
            if (start >= len) {
                if (count > 0) {
                    return chunk(starts, ends, count, start);
                }
                if (!refillKeeping(start)) {
                    throw new Malformed("the file ends before the array is closed with ]");
                }
                continue;
            }
            if (buf[start] == ']') {
                if (index + count > 0) {
                    throw new Malformed("a comma before the ] that closes the array");
                }
                return finish(start + 1, starts, ends, count);
            }
            int end = scanElement(start);
            if (end < 0) {
                if (count > 0) {
                    return chunk(starts, ends, count, start);
                }
                if (!refillKeeping(start)) {
                    throw new Malformed("the file ends within element " + (index + 1) + " of the array");
                }
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            int trimmed = end;
            while (trimmed > start && isWhiteSpace(buf[trimmed - 1])) {
                trimmed--;
            }
            starts[count] = start;
            ends[count] = trimmed;
            count++;
            if (buf[end] == ']') {
                return finish(end + 1, starts, ends, count);
            }
            pos = end + 1;
        }
    }

    /** Ends the array: only white space may follow it. */
    private Chunk finish(int after, int[] starts, int[] ends, int count) throws IOException {
        done = true;
        byte[] bytes = buf;
        int p = after;
        while (true) {
            p = skipWhiteSpace(p);
            if (p < len) {
                throw new Malformed("something follows the array: a file holds one array of reports");
            }
            if (eof) {
                break;
            }
            // Read what follows into a scratch buffer, keeping the chunk's bytes.
            byte[] scratch = new byte[8192];
            int n = in.readNBytes(scratch, 0, scratch.length);
            if (n == 0) {
                eof = true;
                break;
            }
            for (int i = 0; i < n; i++) {
                if (!isWhiteSpace(scratch[i])) {
                    throw new Malformed("something follows the array: a file holds one array of reports");
                }
            }
        }
        Chunk chunk = new Chunk(bytes, starts, ends, count, index);
        index += count;
        consumed += len;
        return chunk;
    }

    private Chunk chunk(int[] starts, int[] ends, int count, int keepFrom) {
        byte[] bytes = buf;
        byte[] next = new byte[Math.max(chunkSize, (len - keepFrom) * 2)];
        System.arraycopy(bytes, keepFrom, next, 0, len - keepFrom);
        consumed += keepFrom;
        buf = next;
        len = len - keepFrom;
        pos = 0;
        Chunk chunk = new Chunk(bytes, starts, ends, count, index);
        index += count;
        return chunk;
    }

    /** Reads more, keeping the bytes from {@code from} on (an element begun); false at the end of the stream. */
    private boolean refillKeeping(int from) throws IOException {
        if (eof) {
            return false;
        }
        int kept = len - from;
        byte[] target = kept * 2 > buf.length ? new byte[buf.length * 2] : buf;
        System.arraycopy(buf, from, target, 0, kept);
        consumed += from;
        buf = target;
        len = kept;
        pos = 0;
        return read();
    }

    private boolean read() throws IOException {
        int n = in.readNBytes(buf, len, buf.length - len);
        if (n == 0) {
            eof = true;
            return false;
        }
        len += n;
        if (len < buf.length) {
            eof = true;
        }
        return true;
    }

    /**
     * Finds the end of the element starting at {@code from}: the comma after it, or the bracket that closes the
     * array; -1 if the buffer ends first.
     */
    private int scanElement(int from) {
        byte[] b = buf;
        int limit = len;
        int depth = 0;
        for (int i = from; i < limit; i++) {
            byte c = b[i];
            if (c == '"') {
                i++;
                while (true) {
                    if (i >= limit) {
                        return -1;
                    }
                    byte d = b[i];
                    if (d == '"') {
                        break;
                    }
                    i += d == '\\' ? 2 : 1;
                }
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth < 0) {
                    return i;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private int skipWhiteSpace(int from) {
        int i = from;
        while (i < len && isWhiteSpace(buf[i])) {
            i++;
        }
        return i;
    }

    private static boolean isWhiteSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
