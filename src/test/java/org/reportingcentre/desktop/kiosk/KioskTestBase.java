package org.reportingcentre.desktop.kiosk;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The real app in kiosk mode, in a window of its own for each test, over one store made once per
 * test class; kiosk mode is left after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class KioskTestBase {
  @TempDir static Path temp;
  private static Path folder;
  protected KioskFixture fixture;

  @BeforeAll
  static void makeStore() throws Exception {
    folder = KioskFixture.makeStore(temp.resolve("data"));
  }

  @AfterEach
  void leaveKioskMode() {
    fixture.stop();
  }

  /**
   * Opens the app in kiosk mode in the test's window. Each test class calls it from its own
   * {@code @Start} method: TestFX looks for that method in the test class itself, not in the
   * classes it extends.
   */
  protected void openKiosk(Stage stage) {
    fixture = new KioskFixture(folder);
    fixture.start(stage);
  }
}
