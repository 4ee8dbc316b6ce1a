package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-aloud: the text goes to the speech program's standard input, never on its command line. */
class ReadAloudTest {
  private final FakeSpeech speech = new FakeSpeech();
  private final List<Exception> failures = new ArrayList<>();

  private ReadAloud readAloud(Optional<SpeechEngine> engine) {
    return new ReadAloud(engine, speech, Runnable::run, failures::add);
  }

  @Test
  void espeakGetsTheTextOnStandardInputInThePagesLanguage() {
    ReadAloud read = readAloud(Optional.of(SpeechEngine.espeak()));
    read.speak("Mój sąsiad na mnie krzyczał.", Languages.POLISH);
    assertEquals(List.of(List.of("espeak-ng", "--stdin", "-v", "pl")), speech.commands);
    assertEquals("Mój sąsiad na mnie krzyczał.", speech.lastText());
    assertFalse(
        String.join(" ", speech.commands.get(0)).contains("krzyczał"),
        "nothing a person said appears in the command line");
  }

  @Test
  void aLanguageWithNoVoiceIsReadInEnglish() {
    ReadAloud read = readAloud(Optional.of(SpeechEngine.say()));
    read.speak("Tekst", Languages.POLISH);
    assertEquals(List.of("say", "-f", "-"), speech.commands.get(0));
    assertEquals("en", SpeechEngine.say().voice(Languages.POLISH));
    assertEquals("ur", SpeechEngine.espeak().voice(Languages.URDU));
  }

  @Test
  void windowsReadsStandardInputThroughPowerShell() {
    List<String> command = SpeechEngine.sapi().command(Languages.ENGLISH);
    assertEquals("powershell", command.get(0));
    assertTrue(command.get(command.size() - 1).contains("[Console]::In.ReadToEnd()"));
  }

  @Test
  void speakingAgainStopsWhatWasBeingRead() {
    ReadAloud read = readAloud(Optional.of(SpeechEngine.espeak()));
    read.speak("First page", Languages.ENGLISH);
    read.speak("Second page", Languages.ENGLISH);
    assertTrue(speech.processes.get(0).destroyed);
    assertFalse(speech.processes.get(1).destroyed);
    read.stop();
    assertTrue(speech.processes.get(1).destroyed);
    assertFalse(read.speaking());
  }

  @Test
  void withNoEngineNothingStartsAndItSaysItIsUnavailable() {
    ReadAloud read = readAloud(Optional.empty());
    read.speak("Hello", Languages.ENGLISH);
    assertFalse(read.available());
    assertEquals(List.of(), speech.commands);
  }

  @Test
  void theEngineIsChosenByOperatingSystemAndOnlyWhenInstalled() {
    assertEquals("espeak-ng", SpeechEngine.find("Linux", p -> true).orElseThrow().program());
    assertEquals("say", SpeechEngine.find("Mac OS X", p -> true).orElseThrow().program());
    assertEquals("powershell", SpeechEngine.find("Windows 11", p -> true).orElseThrow().program());
    assertEquals(Optional.empty(), SpeechEngine.find("Linux", p -> false));
  }

  @Test
  void aProgramThatCannotStartIsReported() {
    ReadAloud read =
        new ReadAloud(
            Optional.of(SpeechEngine.espeak()),
            c -> {
              throw new IOException("no such program");
            },
            Runnable::run,
            failures::add);
    read.speak("Hello", Languages.ENGLISH);
    assertEquals(1, failures.size());
  }

  @Test
  void realEspeakSpeaksTheTextIntoAWaveFile(@TempDir Path temp) throws Exception {
    boolean installed = SpeechEngine.onPath("espeak-ng");
    if (!installed) {
      System.out.println("SKIPPED: espeak-ng is not installed (apt-get install espeak-ng)");
    }
    assumeTrue(installed, "espeak-ng is not installed");
    Path wav = temp.resolve("speech.wav");
    List<Process> started = new ArrayList<>();
    ReadAloud read =
        new ReadAloud(
            Optional.of(SpeechEngine.espeak("-w", wav.toString())),
            c -> {
              Process p = ProcessLauncher.system().start(c);
              started.add(p);
              return p;
            },
            Runnable::run,
            failures::add);
    read.speak("Someone shouted at me in the street.", Languages.ENGLISH);
    assertTrue(started.get(0).waitFor(20, TimeUnit.SECONDS));
    assertEquals(0, started.get(0).exitValue());
    byte[] audio = Files.readAllBytes(wav);
    assertEquals("RIFF", new String(audio, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    // About 2 seconds of 22 kHz 16-bit speech: far more than an empty file's header.
    assertTrue(audio.length > 20_000, "audio bytes: " + audio.length);
    assertEquals(List.of(), failures);
  }
}
