package org.reportingcentre.desktop.desk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The save and open dialogs in a test: files in a folder, the one to open chosen by the test. */
final class FolderFiles implements DeskFiles {
  private final Path folder;
  final List<Path> saved = new ArrayList<>();
  Path toOpen;

  FolderFiles(Path folder) {
    this.folder = folder;
  }

  @Override
  public Optional<Path> saveAs(String suggestedName) {
    Path target = folder.resolve(suggestedName);
    saved.add(target);
    return Optional.of(target);
  }

  @Override
  public Optional<Path> open() {
    return Optional.ofNullable(toOpen);
  }
}
