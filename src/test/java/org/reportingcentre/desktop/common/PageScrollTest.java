package org.reportingcentre.desktop.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ScreenTest
@ExtendWith(ApplicationExtension.class)
class PageScrollTest {

  @Test
  void aTallPageScrollsAndIsDrawnWithoutACachedPicture() throws Exception {
    Region tall = new Region();
    tall.setPrefHeight(3000);
    AtomicReference<ScrollPane> scroll = new AtomicReference<>();
    FxToolkit.setupStage(
        (Stage stage) -> {
          scroll.set(PageScroll.of(tall));
          stage.setScene(new Scene(scroll.get(), 400, 300));
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();

    ScrollPane pane = scroll.get();
    Node viewport = pane.lookup(".viewport");
    assertFalse(viewport.isCache(), "the view is drawn directly, not from a cached picture");
    assertTrue(pane.isFitToWidth());
    assertEquals(tall.getWidth(), viewport.getLayoutBounds().getWidth(), 1.0);

    FxToolkit.setupFixture(() -> pane.setVvalue(1.0));
    WaitForAsyncUtils.waitForFxEvents();
    Node bottom = tall;
    assertTrue(bottom.localToScene(0, 0).getY() < -2000, "scrolled to the bottom of the tall page");
  }
}
