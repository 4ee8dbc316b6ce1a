package org.reportingcentre.desktop.start;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.store.Draft;

/** Home: what a signed-in volunteer or manager can do. */
public final class HomeView extends ScreenFrame {
  private final VBox draftList = new VBox();
  private final VBox abandonedList = new VBox();
  private final VBox deskLinks = new VBox();
  private final Label deskHeading;
  private Runnable onNews = () -> {};

  public HomeView(
      Form form,
      HomeViewModel vm,
      String user,
      String centreName,
      Runnable onStart,
      Consumer<Draft> onResume,
      Runnable onLock,
      Runnable onKiosk) {
    super(form, "home", "home.heading");
    Button start = new Button(form.text().get("home.start"));
    start.setId("start");
    start.getStyleClass().add("primary");
    start.setOnAction(e -> onStart.run());
    Button lock = new Button(form.text().get("home.lock"));
    lock.setId("lock");
    lock.getStyleClass().add("secondary");
    lock.setOnAction(e -> onLock.run());
    column
        .getChildren()
        .addAll(
            form.heading("home.heading"),
            form.paragraph("home.signedIn", user, centreName),
            newsLink(form, vm.news),
            line("sync-status", vm.syncStatus),
            start,
            subheading(form, "home.continue.heading"),
            draftList);
    draftList.setId("drafts");
    vm.drafts.addListener(
        (ListChangeListener<Draft>) c -> fill(form, draftList, vm.drafts, "resume", onResume, vm));
    fill(form, draftList, vm.drafts, "resume", onResume, vm);

    column.getChildren().add(subheading(form, "home.find.heading"));
    form.textField("find-reference", "home.find.reference", false, vm.findReference, column)
        .setOnAction(e -> vm.find());
    Button find = new Button(form.text().get("home.find.button"));
    find.setId("find");
    find.getStyleClass().add("secondary");
    find.setOnAction(e -> vm.find());
    Label result = new Label();
    result.setId("find-result");
    result.setWrapText(true);
    result.getStyleClass().add("body");
    result.textProperty().bind(vm.findResult);
    column.getChildren().addAll(find, result);
    vm.findError.addListener(
        (o, a, b) ->
            showErrors(b.isEmpty() ? List.of() : List.of(new FieldError("find-reference", b))));

    if (vm.isManager()) {
      column.getChildren().addAll(subheading(form, "home.abandoned.heading"), abandonedList);
      abandonedList.setId("abandoned");
      vm.abandoned.addListener(
          (ListChangeListener<Draft>)
              c -> fill(form, abandonedList, vm.abandoned, "delete", vm::delete, vm));
      fill(form, abandonedList, vm.abandoned, "delete", vm::delete, vm);
    }
    deskHeading = subheading(form, "home.desk.heading");
    deskHeading.setVisible(false);
    deskHeading.setManaged(false);
    deskLinks.setId("desk-links");
    deskLinks.getStyleClass().add("desk-links");
    column.getChildren().addAll(deskHeading, deskLinks);
    Button kiosk = new Button(form.text().get("home.kiosk"));
    kiosk.setId("start-kiosk");
    kiosk.getStyleClass().add("secondary");
    kiosk.setOnAction(e -> onKiosk.run());
    column.getChildren().add(new HBox(kiosk));
    column.getChildren().add(new HBox(lock));
    vm.refresh();
  }

  /**
   * Adds a button under "More for this centre" that opens another screen (reports, statistics,
   * sending, directory, backup). Each feature adds its own ({@link HomeLinks}), by role.
   */
  public Button addDeskLink(String id, String text, Runnable action) {
    Button link = new Button(text);
    link.setId(id);
    link.getStyleClass().add("secondary");
    link.setOnAction(e -> action.run());
    deskLinks.getChildren().add(new HBox(link));
    deskHeading.setVisible(true);
    deskHeading.setManaged(true);
    return link;
  }

  /**
   * What pressing "N reports have news" does: the report list opens, showing only those reports.
   */
  public void onNews(Runnable open) {
    onNews = open;
  }

  /** "N reports have news", a link to them, shown only while some have. */
  private Hyperlink newsLink(Form form, javafx.beans.property.StringProperty words) {
    Hyperlink link = new Hyperlink();
    link.setId("news");
    link.setWrapText(true);
    link.getStyleClass().add("news-link");
    link.textProperty().bind(words);
    link.accessibleTextProperty().bind(words);
    link.setAccessibleHelp(form.text().get("home.news.open"));
    link.visibleProperty().bind(words.isNotEmpty());
    link.managedProperty().bind(link.visibleProperty());
    link.setOnAction(
        e -> {
          // A link, not a place: it is not left looking visited.
          link.setVisited(false);
          onNews.run();
        });
    return link;
  }

  /** A line shown only while it has words (the state of sending). */
  private static Label line(String id, javafx.beans.property.StringProperty words) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().addAll("body", "status-line");
    label.textProperty().bind(words);
    label.accessibleTextProperty().bind(words);
    label.visibleProperty().bind(words.isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private static Label subheading(Form form, String key) {
    Label label = new Label(form.text().get(key));
    label.getStyleClass().add("subheading");
    label.setWrapText(true);
    return label;
  }

  private static void fill(
      Form form,
      VBox list,
      List<Draft> drafts,
      String action,
      Consumer<Draft> onAction,
      HomeViewModel vm) {
    list.getChildren().clear();
    if (drafts.isEmpty()) {
      list.getChildren().add(form.paragraph("home." + action + ".none"));
      return;
    }
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      String words =
          "delete".equals(action)
              ? form.text().get("home.delete.item", draft.owner(), vm.describe(draft))
              : form.text().get("home.resume.item", vm.describe(draft));
      Hyperlink link = new Hyperlink(words);
      link.setId(action + "-" + i);
      link.setWrapText(true);
      link.setOnAction(e -> onAction.accept(draft));
      list.getChildren().add(link);
    }
  }
}
