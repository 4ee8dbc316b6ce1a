package org.reportingcentre.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Report;

/**
 * Writes made-up reports in the exchange format.
 *
 * <p>The sample file is rewritten by its test (see {@code sample-data/README.md}):
 *
 * <pre>
 * mvn -q test -Dtest=SampleDataTest -Dsample.regenerate=true
 * </pre>
 *
 * <p>Any number of reports, for a benchmark or a demonstration:
 *
 * <pre>
 * tools/test-main.sh org.reportingcentre.sample.GenerateSampleData --count 10000 --seed 7 \
 *     --out /tmp/10k.json
 * </pre>
 *
 * <p>Options: {@code --count N} (default: the sample, one report per story), {@code --seed S},
 * {@code --centre CODE} (default TWL), {@code --out FILE} (default {@code
 * sample-data/reports.json}; {@code -} for standard output).
 */
public final class GenerateSampleData {
  public static final Path SAMPLE_FILE = Path.of("sample-data", "reports.json");

  private GenerateSampleData() {}

  public static void main(String[] args) throws IOException {
    Integer count = null;
    long seed = SampleReports.SEED;
    String centre = SampleReports.CENTRE_CODE;
    String out = SAMPLE_FILE.toString();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--count" -> count = Integer.parseInt(required(args[i], value));
        case "--seed" -> seed = Long.parseLong(required(args[i], value));
        case "--centre" -> centre = required(args[i], value);
        case "--out" -> out = required(args[i], value);
        default -> {
          System.err.println(
              "Usage: GenerateSampleData [--count N] [--seed S] [--centre CODE] [--out FILE|-]");
          System.exit(2);
        }
      }
      i++;
    }
    List<Report> reports =
        SampleReports.generate(centre, count == null ? SampleReports.sampleSize() : count, seed);
    String json = render(reports);
    if (out.equals("-")) {
      System.out.print(json);
    } else {
      Path file = Path.of(out);
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, json, StandardCharsets.UTF_8);
      System.err.println("Wrote " + reports.size() + " reports to " + file);
    }
  }

  /** The file as it is kept: a pretty-printed array, lines ending in \n on every system. */
  public static String render(List<Report> reports) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new ExchangeFormat().writeAll(reports, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n") + "\n";
  }

  private static String required(String option, String value) {
    if (value == null) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return value;
  }
}
