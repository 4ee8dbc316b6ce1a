package org.reportingcentre.desktop.access;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A speech program that records the command it was started with and the text on its input. */
final class FakeSpeech implements ProcessLauncher {
  final List<List<String>> commands = new ArrayList<>();
  final List<ByteArrayOutputStream> inputs = new ArrayList<>();
  final List<FakeProcess> processes = new ArrayList<>();

  @Override
  public Process start(List<String> command) {
    commands.add(List.copyOf(command));
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    inputs.add(input);
    FakeProcess p = new FakeProcess(input);
    processes.add(p);
    return p;
  }

  String lastText() {
    return inputs.get(inputs.size() - 1).toString(StandardCharsets.UTF_8);
  }

  static final class FakeProcess extends Process {
    private final OutputStream input;
    boolean destroyed;

    FakeProcess(OutputStream input) {
      this.input = input;
    }

    @Override
    public OutputStream getOutputStream() {
      return input;
    }

    @Override
    public InputStream getInputStream() {
      return InputStream.nullInputStream();
    }

    @Override
    public InputStream getErrorStream() {
      return InputStream.nullInputStream();
    }

    @Override
    public int waitFor() {
      return 0;
    }

    @Override
    public int exitValue() {
      return 0;
    }

    @Override
    public boolean isAlive() {
      return !destroyed;
    }

    @Override
    public void destroy() {
      destroyed = true;
    }
  }
}
