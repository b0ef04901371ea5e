package dev.preflight.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results file: one measurement a line, as tab-separated {@code key=value} fields, so that measurements of
 * different kinds (load, sqlite, startup, memory) share one file that the table is made from.
 */
public final class Results {

    private Results() {
    }

    /** Appends one measurement; a null {@code file} appends nothing. */
    public static void append(Path file, Map<String, String> fields) {
        if (file == null) {
            return;
        }
        StringBuilder line = new StringBuilder();
        fields.forEach((k, v) -> {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(k).append('=').append(v.replace('\t', ' ').replace('\n', ' '));
        });
        line.append('\n');
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Every measurement in {@code file}, in order. */
    public static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (String field : line.split("\t")) {
                int eq = field.indexOf('=');
                if (eq > 0) {
                    row.put(field.substring(0, eq), field.substring(eq + 1));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** Formats a number with three significant decimals at most, for the file and for people. */
    public static String number(double value) {
        if (value >= 100) {
            return String.format("%.0f", value);
        }
        if (value >= 10) {
            return String.format("%.1f", value);
        }
        return String.format("%.3f", value);
    }
}
