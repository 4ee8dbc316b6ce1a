package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The first screens hold nothing that makes JavaFX's first frame costly in software rendering: no
 * effect, no node drawn from a cached picture, and no background JavaFX would keep in its shared
 * texture (more than one fill, or a cached shape). Each of these was measured to hold back the
 * first screen by 5 to 25 ms (docs/performance.md, "Fast start, fifth pass").
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class FirstScreenDrawingTest {
  @TempDir Path temp;

  @Test
  void theSignInScreenIsCheapToDrawFirst(FxRobot robot) throws Exception {
    AppFixture fixture = new AppFixture(temp.resolve("centre")).withStore();
    FxToolkit.setupStage(fixture::start);
    assertEquals(List.of(), costlyToDraw(robot, fixture));
  }

  @Test
  void theSetUpScreenIsCheapToDrawFirst(FxRobot robot) throws Exception {
    AppFixture fixture = new AppFixture(temp.resolve("new"));
    FxToolkit.setupStage(fixture::start);
    assertEquals(List.of(), costlyToDraw(robot, fixture));
  }

  private static List<String> costlyToDraw(FxRobot robot, AppFixture fixture) {
    List<String> found = new ArrayList<>();
    robot.interact(() -> collect(fixture.app.root().getScene().getRoot(), found));
    return found;
  }

  /** Every node that is drawn (visible, in a visible parent) and would be costly to draw first. */
  private static void collect(Node node, List<String> found) {
    if (!node.isVisible()) {
      return;
    }
    String name = node.getClass().getSimpleName() + node.getStyleClass();
    if (node.getEffect() != null) {
      found.add(name + " has an effect");
    }
    if (node.isCache()) {
      found.add(name + " is drawn from a cached picture");
    }
    if (node instanceof Region region) {
      if (region.getBackground() != null && region.getBackground().getFills().size() > 1) {
        found.add(
            name + " has a background of " + region.getBackground().getFills().size() + " fills");
      }
      if (region.getShape() != null && region.isCacheShape()) {
        found.add(name + " has a cached shape");
      }
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, found);
      }
    }
  }
}
