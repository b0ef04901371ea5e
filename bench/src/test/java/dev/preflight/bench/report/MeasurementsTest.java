package dev.preflight.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurementsTest {

    @Test
    void mediansTheRepeatsOfOneMeasureReadBackFromTheResultsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("results.tsv");
        for (String p99 : new String[] {"9.5", "30", "10"}) {
            Results.append(file, row("preflight", "8", p99));
        }
        Results.append(file, row("bare", "8", "1"));
        Results.append(file, row("preflight", "32", "99"));

        Measurements m = new Measurements(Results.read(file));

        assertThat(m.median("p99", "label", "preflight", "c", "8")).hasValue(10.0);
        assertThat(m.median("p99", "label", "bare", "c", "8")).hasValue(1.0);
        assertThat(m.median("p99", "label", "nobody")).isEmpty();
    }

    private static Map<String, String> row(String label, String c, String p99) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("type", "load");
        row.put("label", label);
        row.put("c", c);
        row.put("p99", p99);
        return row;
    }
}
