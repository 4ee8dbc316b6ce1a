package org.reportingcentre.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.report.Report;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Exports every report with its details, for managers only, and records that it happened. The file
 * is readable: it is made readable by its owner only, and it is the manager's to protect.
 */
@Command(
    name = "export",
    description =
        "Export all reports with their details (managers only; recorded in the audit log).")
final class ExportCommand implements Callable<Integer> {
  enum Format {
    json,
    csv
  }

  private final CliContext context;
  @Mixin StoreAccess access;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json or csv.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (it must not exist yet) instead of the screen.")
  Path out;

  ExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException, IOException {
    if (out != null && Files.exists(out)) {
      throw new CliFailure(
          ExitCode.INVALID_INPUT,
          "The file " + out + " already exists. Choose a new name; nothing was written.");
    }
    try (CentreStore store = access.open(context)) {
      List<Report> reports =
          CentreServices.on(store)
              .reports()
              .export(format.name(), out == null ? "standard output" : out.toString());
      if (out == null) {
        write(store, reports, context.out());
      } else {
        try (OutputStream stream = create(out);
            PrintWriter writer =
                new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
          write(store, reports, writer);
        }
        context
            .err()
            .println(
                "Exported "
                    + reports.size()
                    + " reports to "
                    + out
                    + ". It holds personal details: keep it safe and delete it when done.");
      }
    }
    return ExitCode.OK;
  }

  private void write(CentreStore store, List<Report> reports, PrintWriter writer)
      throws IOException {
    if (format == Format.csv) {
      CsvExport.write(reports, writer);
    } else {
      OutputStream bytes = new WriterOutputStream(writer);
      store.format().writeAll(reports, bytes);
      writer.println();
      writer.flush();
    }
  }

  private static OutputStream create(Path path) throws IOException {
    try {
      Files.createFile(
          path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(path);
    } catch (FileAlreadyExistsException e) {
      throw new CliFailure(
          ExitCode.INVALID_INPUT, "The file " + path + " already exists. Nothing was written.");
    }
    return Files.newOutputStream(
        path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** Lets the JSON writer (which wants bytes) write through the command's text output. */
  private static final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) {
      buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      buffer.write(b, off, len);
    }

    @Override
    public void close() {
      flush();
    }

    @Override
    public void flush() {
      writer.write(buffer.toString(StandardCharsets.UTF_8));
      buffer.reset();
      writer.flush();
    }
  }
}
