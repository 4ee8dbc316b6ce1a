package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import org.junit.jupiter.api.Test;

class ContrastTest {
  @Test
  void blackOnWhiteIs21AndEqualColoursAre1() {
    assertEquals(21.0, Contrast.ratio(Color.BLACK, Color.WHITE), 0.01);
    assertEquals(1.0, Contrast.ratio(Color.web("#1d3d7a"), Color.web("#1d3d7a")), 0.001);
  }

  @Test
  void matchesTheWcagFiguresForTheThemeColours() {
    // Known values: #767676 on white is the AA boundary 4.54:1; the theme's link blue is 10.5:1.
    assertEquals(4.54, Contrast.ratio(Color.web("#767676"), Color.WHITE), 0.01);
    assertEquals(10.5, Contrast.ratio(Color.web("#1d3d7a"), Color.WHITE), 0.1);
  }

  @Test
  void aGradientIsMeasuredAtItsWorstColour() {
    LinearGradient g =
        new LinearGradient(
            0,
            0,
            1,
            0,
            true,
            CycleMethod.NO_CYCLE,
            List.of(new Stop(0, Color.BLACK), new Stop(1, Color.web("#999999"))));
    double worst = Contrast.worstRatio(g, Color.WHITE);
    assertEquals(Contrast.ratio(Color.web("#999999"), Color.WHITE), worst, 0.001);
    assertTrue(worst < 7);
  }

  @Test
  void seeThroughTextIsBlendedOverItsBackgroundFirst() {
    Color halfBlack = Color.color(0, 0, 0, 0.5);
    assertEquals(
        Contrast.ratio(Color.gray(0.5), Color.WHITE),
        Contrast.worstRatio(halfBlack, Color.WHITE),
        0.01);
  }
}
