package org.reportingcentre.desktop.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.testing.WizardFixture;
import org.reportingcentre.desktop.wizard.StepId;
import org.reportingcentre.desktop.wizard.WhoViewModel;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReporterRole;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Writes a picture of every screen (00-set-up.png to 31-confirmation.png) with Node snapshots, so a
 * page that scrolls is shown whole. Run by {@link org.reportingcentre.desktop.WriteScreenshots}.
 */
public final class AppScreenshots {
  private final Path out;

  public AppScreenshots(Path out) {
    this.out = out;
  }

  /** Sets up a centre in {@code temp} (a new, empty folder) and shoots each screen on the way. */
  public void everyScreen(FxRobot robot, Path temp) throws Exception {
    // Getting in.
    AppFixture setUp = new AppFixture(temp.resolve("new"));
    FxToolkit.setupStage(setUp::start);
    Ui ui = Ui.fast(robot);
    shoot(robot, setUp.app.root(), "00-set-up");
    ui.fill("centreCode", "TWL")
        .fill("centreName", AppFixture.CENTRE_NAME)
        .fill("manager", "amira");
    ui.fill("password", AppFixture.PASSWORD).fill("confirm", AppFixture.PASSWORD).click("create");
    shoot(robot, setUp.app.root(), "01-recovery-key");
    ui.click("stored").click("continue");
    shoot(robot, setUp.app.root(), "03-home");
    ui.click("lock");
    ui.fill("user", "amira").fill("password", "wrong password!").click("sign-in");
    shoot(robot, setUp.app.root(), "02-sign-in-error");

    // Every page of the wizard, blank as a person first sees it.
    WizardFixture w = new WizardFixture();
    FxToolkit.setupStage(w::show);
    int n = 10;
    for (StepId step : StepId.values()) {
      robot.interact(() -> w.vm.change(step));
      robot.interact(() -> w.vm.returnToCheck.set(false));
      shoot(robot, page(w), n++ + "-" + step.key());
    }
    robot.interact(
        () -> {
          w.vm.change(StepId.WHO);
          ((WhoViewModel) w.vm.model(StepId.WHO)).role.set(ReporterRole.ON_BEHALF);
          w.vm.continueClicked();
        });
    shoot(robot, page(w), "30-error-summary");
    robot.interact(() -> w.vm.sent.set(new Reference("TWL", 123)));
    shoot(robot, ((BorderPane) w.view.root()).getCenter(), "31-confirmation");
  }

  private static Node page(WizardFixture w) {
    return ((ScrollPane) w.view.root().getCenter()).getContent();
  }

  private void shoot(FxRobot robot, Node node, String name) throws IOException {
    Node target = node instanceof ScrollPane s ? s.getContent() : node;
    write(snapshot(robot, target), out.resolve(name + ".png"));
  }

  private static WritableImage snapshot(FxRobot robot, Node node) {
    WritableImage[] image = new WritableImage[1];
    robot.interact(
        () -> {
          SnapshotParameters params = new SnapshotParameters();
          params.setFill(Color.WHITE);
          image[0] = node.snapshot(params, null);
        });
    return image[0];
  }

  static void write(WritableImage image, Path file) throws IOException {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] argb = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    out.setRGB(0, 0, w, h, argb, 0, w);
    ImageIO.write(out, "png", file.toFile());
  }
}
