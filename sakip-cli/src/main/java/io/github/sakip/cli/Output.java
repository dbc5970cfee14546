package io.github.sakip.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a command writes: standard output, or a file given with {@code --output}. A file is written beside its
 * final name and moved there only when everything was written, so that a command that fails leaves no file, and
 * no half-written one.
 */
final class Output implements AutoCloseable {

    private final Path file;
    private final Path partial;
    private final PrintWriter stdout;
    private final Texts texts;
    private OutputStream stream;
    private Writer writer;
    private boolean committed;

    private Output(Path file, PrintWriter stdout, Texts texts) {
        this.file = file;
        this.stdout = stdout;
        this.texts = texts;
        if (file == null) {
            this.partial = null;
            return;
        }
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        try {
            // Not Files.createTempFile, whose file only its owner may read: the file gets the usual permissions.
            this.partial = directory.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime())
                    + ".partial");
            this.stream = new BufferedOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16);
        } catch (IOException e) {
            throw new BadInput(texts.get("error.cannotWrite", file, e.getMessage()));
        }
    }

    /**
     * Opens the output.
     *
     * @param file the file of {@code --output}; null for standard output
     * @param stdout standard output
     * @param texts the texts
     * @return the output
     * @throws BadInput if the file cannot be created
     */
    static Output open(Path file, PrintWriter stdout, Texts texts) {
        return new Output(file, stdout, texts);
    }

    /** Where the output goes, for people: the file, or standard output. */
    String where() {
        return file == null ? texts.get("stdout") : file.toString();
    }

    boolean isFile() {
        return file != null;
    }

    /** The output as bytes; a file only (a workbook cannot go to standard output). */
    OutputStream stream() {
        if (file == null) {
            throw new BadInput(texts.get("error.xlsxNeedsOutput"));
        }
        return stream;
    }

    /** The output as UTF-8 text. */
    Writer writer() {
        if (file == null) {
            return stdout;
        }
        if (writer == null) {
            writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        }
        return writer;
    }

    /** Moves the file into place: everything was written. */
    void commit() {
        try {
            if (file == null) {
                stdout.flush();
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            stream.close();
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new BadInput(texts.get("error.cannotWrite", file, e.getMessage()));
        }
    }

    /** Removes what was written to a file that was not committed. */
    @Override
    public void close() {
        if (file == null || committed) {
            return;
        }
        try {
            stream.close();
        } catch (IOException e) {
            // the partial file is removed below either way
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // nothing more can be done; the name says what it is
        }
    }
}
