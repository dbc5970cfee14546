package io.github.sakip.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sakip.cli.tables.ReportTables;
import io.github.sakip.cli.tables.TableFormatException;
import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the command line reads: its arguments resolved into sources of reports, each a JSON file (one report or an
 * array of them), standard input ({@code -}, JSON), a workbook, or CSV tables.
 */
final class Inputs {

    /** A source of reports. */
    sealed interface Source permits Json, Workbook, Csv {
        /** The source's name, as given. */
        String name();

        /** Its size in bytes, for progress; 0 when unknown. */
        long size();
    }

    /**
     * JSON: one report, or an array of them.
     *
     * @param name the name
     * @param file the file; null for standard input
     */
    record Json(String name, Path file) implements Source {
        @Override
        public long size() {
            try {
                return file == null ? 0 : Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /**
     * A workbook filled in the template.
     *
     * @param name the name
     * @param file the file
     */
    record Workbook(String name, Path file) implements Source {
        @Override
        public long size() {
            return 0;
        }
    }

    /**
     * A report as CSV tables.
     *
     * @param name the name: the directory, or the first file
     * @param directory the directory of the tables, or null when files are given
     * @param files the files, when no directory is given
     */
    record Csv(String name, Path directory, List<Path> files) implements Source {
        @Override
        public long size() {
            return 0;
        }
    }

    private Inputs() {
    }

    /**
     * Resolves the arguments: a file by its name's ending (or, failing that, its first bytes); a directory that
     * holds CSV files is one report; any other directory is every report file in it (JSON, XLSX, and directories
     * of CSV tables), in the order of their names; CSV files given one by one are the tables of one report.
     */
    static List<Source> resolve(List<String> arguments, Texts texts) {
        List<Source> sources = new ArrayList<>();
        List<Path> csv = new ArrayList<>();
        int csvAt = -1;
        boolean stdin = false;
        for (String argument : arguments) {
            if (argument.equals("-")) {
                if (stdin) {
                    throw new BadInput(texts.get("error.stdinOnce"));
                }
                stdin = true;
                sources.add(new Json("-", null));
                continue;
            }
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                throw new BadInput(texts.get("error.noSuchFile", argument));
            }
            if (Files.isDirectory(path)) {
                if (hasCsv(path, texts)) {
                    sources.add(new Csv(argument, path, null));
                } else {
                    List<Source> inside = directory(path, texts);
                    if (inside.isEmpty()) {
                        throw new BadInput(texts.get("error.emptyDirectory", argument));
                    }
                    sources.addAll(inside);
                }
            } else if (ending(path).equals("csv")) {
                if (csvAt < 0) {
                    csvAt = sources.size();
                }
                csv.add(path);
            } else {
                sources.add(file(argument, path, texts));
            }
        }
        if (!csv.isEmpty()) {
            sources.add(csvAt, new Csv(csv.get(0).toString(), null, List.copyOf(csv)));
        }
        return sources;
    }

    private static String ending(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean hasCsv(Path directory, Texts texts) {
        try {
            return !ReportTables.csvFiles(directory).isEmpty();
        } catch (IOException e) {
            throw new BadInput(texts.get("error.cannotRead", directory, e.getMessage()));
        }
    }

    private static List<Source> directory(Path directory, Texts texts) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(directory)) {
            entries = listing.sorted().toList();
        } catch (IOException e) {
            throw new BadInput(texts.get("error.cannotRead", directory, e.getMessage()));
        }
        List<Source> sources = new ArrayList<>();
        for (Path entry : entries) {
            String ending = ending(entry);
            if (Files.isDirectory(entry)) {
                if (hasCsv(entry, texts)) {
                    sources.add(new Csv(entry.toString(), entry, null));
                }
            } else if (ending.equals("json")) {
                sources.add(new Json(entry.toString(), entry));
            } else if (ending.equals("xlsx")) {
                sources.add(new Workbook(entry.toString(), entry));
            }
        }
        return sources;
    }

    private static Source file(String name, Path path, Texts texts) {
        switch (ending(path)) {
            case "json":
                return new Json(name, path);
            case "xlsx":
                return new Workbook(name, path);
            case "xls":
                throw new BadInput(texts.get("error.xls", name));
            default:
                break;
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(64);
        } catch (IOException e) {
            throw new BadInput(texts.get("error.cannotRead", name, e.getMessage()));
        }
        if (start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            return new Workbook(name, path);
        }
        for (byte b : start) {
            if (b == '{' || b == '[') {
                return new Json(name, path);
            }
            if (!(b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == (byte) 0xEF || b == (byte) 0xBB
                    || b == (byte) 0xBF)) {
                break;
            }
        }
        throw new BadInput(texts.get("error.kind", name));
    }

    /**
     * Reads the one report of an argument.
     *
     * @param argument the argument: a JSON report, a workbook, CSV tables, or {@code -}
     * @param mapper the mapper, with the sakip module
     * @param stdin standard input
     * @param texts the texts
     * @return the report
     * @throws BadInput if the argument is not one report
     * @throws TableFormatException if a workbook or CSV table cannot be read
     */
    static PerformanceReport readOne(String argument, ObjectMapper mapper, InputStream stdin, Texts texts)
            throws TableFormatException {
        List<Source> sources = resolve(List.of(argument), texts);
        if (sources.size() != 1) {
            throw new BadInput(texts.get("error.oneReport", argument));
        }
        Source source = sources.get(0);
        try {
            if (source instanceof Workbook workbook) {
                return ReportTables.readWorkbook(workbook.file());
            }
            if (source instanceof Csv csv) {
                return csv.directory() != null ? ReportTables.readCsv(csv.directory())
                        : ReportTables.readCsv(csv.files());
            }
            Json json = (Json) source;
            byte[] bytes;
            try (InputStream in = json.file() == null ? stdin : Files.newInputStream(json.file())) {
                bytes = in.readAllBytes();
            }
            for (byte b : bytes) {
                if (b == '[') {
                    throw new BadInput(texts.get("error.oneReport", argument));
                }
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB
                        && b != (byte) 0xBF) {
                    break;
                }
            }
            try {
                return mapper.readValue(bytes, PerformanceReport.class);
            } catch (JsonProcessingException e) {
                throw new BadInput(texts.get("error.notReport", argument, oneLine(e)));
            }
        } catch (TableFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new BadInput(texts.get("error.cannotRead", argument, e.getMessage()));
        }
    }

    /** Jackson's message without the source excerpt, on one line, with the JSON path and the place. */
    static String oneLine(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                : e.getOriginalMessage().replaceAll("\\s+", " ").strip();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            message = message + " (at " + path + ")";
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            message = message + " [line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + "]";
        }
        return message;
    }
}
