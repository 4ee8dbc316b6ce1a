package org.reportingcentre.desktop.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.stage.Window;

/**
 * The real desktop app in its own process, driven line by line from standard input, for the test
 * that kills it with {@code kill -9}. Commands: {@code wait ID}, {@code fill ID TEXT}, {@code click
 * ID}, {@code get ID}. Each answer is one line starting with {@code @@ }.
 */
public final class ScriptedDesktop {
  private ScriptedDesktop() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    Thread app = new Thread(() -> DesktopLauncher.launch(Optional.of(folder), false), "app");
    app.setDaemon(true);
    app.start();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String[] parts = line.split(" ", 3);
      String answer;
      try {
        answer = run(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
      } catch (Exception e) {
        answer = "failed " + e;
      }
      System.out.println("@@ " + answer);
      System.out.flush();
    }
    System.exit(0);
  }

  private static String run(String command, String id, String text) throws Exception {
    if (command.equals("wait")) {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < until) {
        if (Boolean.TRUE.equals(onFx(() -> find(id) != null && find(id).isVisible()))) {
          return "ok";
        }
        Thread.sleep(50);
      }
      return "timeout waiting for #" + id;
    }
    return onFx(
        () -> {
          Node node = find(id);
          if (node == null) {
            return "missing #" + id;
          }
          switch (command) {
            case "fill" -> {
              node.requestFocus();
              ((TextInputControl) node).setText(text);
              return "ok";
            }
            case "click" -> {
              node.requestFocus();
              ((ButtonBase) node).fire();
              return "ok";
            }
            case "get" -> {
              if (node instanceof TextInputControl t) {
                return t.getText();
              }
              if (node instanceof Toggle t) {
                return String.valueOf(t.isSelected());
              }
              if (node instanceof javafx.scene.control.CheckBox c) {
                return String.valueOf(c.isSelected());
              }
              return ((Labeled) node).getText();
            }
            default -> {
              return "unknown command " + command;
            }
          }
        });
  }

  private static Node find(String id) {
    for (Window window : Window.getWindows()) {
      if (window.getScene() != null) {
        Node node = window.getScene().lookup("#" + id);
        if (node != null) {
          return node;
        }
      }
    }
    return null;
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      Platform.runLater(
          () -> {
            try {
              result.complete(work.call());
            } catch (Exception e) {
              result.completeExceptionally(e);
            }
          });
    } catch (IllegalStateException notStarted) {
      return null;
    }
    return result.get(30, TimeUnit.SECONDS);
  }
}
