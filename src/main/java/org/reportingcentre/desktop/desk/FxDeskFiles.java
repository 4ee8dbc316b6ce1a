package org.reportingcentre.desktop.desk;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's save and open dialogs, over the app's window. */
public final class FxDeskFiles implements DeskFiles {
  private final Supplier<Window> owner;

  public FxDeskFiles(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public Optional<Path> saveAs(String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setInitialFileName(suggestedName);
    return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
  }

  @Override
  public Optional<Path> open() {
    FileChooser chooser = new FileChooser();
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Backup", "*.zip"),
            new FileChooser.ExtensionFilter("*", "*"));
    return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
  }
}
