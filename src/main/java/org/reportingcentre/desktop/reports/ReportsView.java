package org.reportingcentre.desktop.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.start.ScreenFrame;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.ReportQuery;
import org.reportingcentre.store.ReportRow;

/**
 * The report list: filters above a table that shows one page of reports, sorted in the database
 * when a column heading is pressed. Enter or a double click on a row opens it (managers).
 */
public final class ReportsView extends ScreenFrame {
  private final ReportsViewModel vm;
  private final Words words;
  public final TableView<ReportRow> table = new TableView<>();

  public ReportsView(Form form, ReportsViewModel vm, Consumer<Reference> onOpen, Runnable onHome) {
    super(form, "reports", "reports.heading");
    this.vm = vm;
    this.words = vm.words();
    column.getChildren().add(form.heading("reports.heading"));
    if (!vm.detailed()) {
      column.getChildren().add(form.paragraph("reports.volunteerNote"));
    }
    filters(form);
    Label summaryLine = new Label();
    summaryLine.setId("summary");
    summaryLine.setWrapText(true);
    summaryLine.getStyleClass().addAll("body", "summary-line");
    summaryLine.textProperty().bind(vm.summary);
    column.getChildren().addAll(summaryLine, table(onOpen));
    Button previous = button("previous", "reports.previous", vm::previous);
    previous.disableProperty().bind(vm.hasPrevious.not());
    Button next = button("next", "reports.next", vm::next);
    next.disableProperty().bind(vm.hasNext.not());
    FlowPane paging = new FlowPane(previous, next);
    paging.getStyleClass().add("button-flow");
    if (vm.detailed()) {
      Button open =
          button(
              "open",
              "reports.open",
              () -> {
                ReportRow row = table.getSelectionModel().getSelectedItem();
                if (row == null) {
                  showErrors(
                      List.of(
                          new FieldError("reports-table", form.text().get("reports.open.none"))));
                } else {
                  onOpen.accept(row.reference());
                }
              });
      paging.getChildren().add(0, open);
    }
    column.getChildren().add(paging);
    Button home = button("back-home", "reports.backHome", onHome);
    home.getStyleClass().setAll("button", "link");
    column.getChildren().add(new HBox(home));
    vm.errors.addListener((ListChangeListener<FieldError>) c -> showErrors(List.copyOf(vm.errors)));
  }

  /** Every filter in one flowing block (all are optional, so none says so), then the buttons. */
  private void filters(Form form) {
    FlowPane filters = new FlowPane();
    filters.setId("filters");
    filters.getStyleClass().add("filter-flow");
    // Boxes with a hint and boxes without one line up along the bottom, so the boxes of one row
    // sit on one line and Tab goes along it in reading order.
    filters.setRowValignment(javafx.geometry.VPos.BOTTOM);
    form.textField("reference", "reports.reference", false, vm.reference, filters)
        .setOnAction(e -> vm.search());
    form.textField("from", "reports.from", false, vm.from, filters).getStyleClass().add("short");
    form.textField("to", "reports.to", false, vm.to, filters).getStyleClass().add("short");
    choose(
        "status",
        "reports.status",
        List.of(ReportStatus.values()),
        words::status,
        vm.status,
        filters);
    if (vm.detailed()) {
      choose(
          "strand",
          "reports.strand",
          List.of(MotivationStrand.values()),
          form.text()::of,
          vm.strand,
          filters);
      choose(
          "type",
          "reports.type",
          List.of(IncidentType.values()),
          form.text()::of,
          vm.type,
          filters);
      choose(
          "channel",
          "reports.channel",
          List.of(Channel.values()),
          words::channel,
          vm.channel,
          filters);
      chooseText("ward", "reports.ward", vm.wards, vm.ward, filters);
      chooseText("volunteer", "reports.volunteer", vm.recorders, vm.volunteer, filters);
    }
    // Its own words name it ("Only reports with news from the SPOC"), so no label above.
    CheckBox withNews = new CheckBox(form.text().get("reports.withNews"));
    withNews.setId("with-news");
    withNews.setWrapText(true);
    withNews.selectedProperty().bindBidirectional(vm.withNews);
    filters.getChildren().add(withNews);
    for (javafx.scene.Node group : filters.getChildren()) {
      // Not stretched to the row's height, or the bottom alignment above would not show.
      ((javafx.scene.layout.Region) group).setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    column.getChildren().add(filters);
    Button search = button("search", "reports.search", vm::search);
    search.getStyleClass().setAll("button", "primary");
    Button clear = button("clear", "reports.clear", vm::clear);
    FlowPane buttons = new FlowPane(search, clear);
    buttons.getStyleClass().add("button-flow");
    column.getChildren().add(buttons);
  }

  /** One choice from a code list or "Any", as a drop-down with its label. */
  private <E> void choose(
      String id,
      String labelKey,
      List<E> values,
      Function<E, String> label,
      ObjectProperty<E> value,
      Pane into) {
    List<Choice<E>> items = new ArrayList<>();
    items.add(new Choice<>(null, form.text().get("reports.any")));
    values.forEach(v -> items.add(new Choice<>(v, label.apply(v))));
    ComboBox<Choice<E>> box = new ComboBox<>();
    box.getItems().setAll(items);
    box.setId(id);
    box.setCellFactory(l -> new ChoiceCell<>());
    box.setButtonCell(new ChoiceCell<>());
    box.getSelectionModel().select(indexOf(items, value.get()));
    box.valueProperty().addListener((o, was, now) -> value.set(now == null ? null : now.value()));
    value.addListener((o, was, now) -> box.getSelectionModel().select(indexOf(items, now)));
    into.getChildren().add(form.group(id, labelKey, false, box, box));
  }

  private void chooseText(
      String id,
      String labelKey,
      javafx.collections.ObservableList<String> values,
      Property<String> value,
      Pane into) {
    ComboBox<Choice<String>> box = new ComboBox<>();
    box.setId(id);
    box.setCellFactory(l -> new ChoiceCell<>());
    box.setButtonCell(new ChoiceCell<>());
    Runnable fill =
        () -> {
          List<Choice<String>> items = new ArrayList<>();
          items.add(new Choice<>(null, form.text().get("reports.any")));
          values.forEach(v -> items.add(new Choice<>(v, v)));
          box.getItems().setAll(items);
          String current = value.getValue();
          box.getSelectionModel()
              .select(current == null || current.isEmpty() ? 0 : indexOf(items, current));
        };
    fill.run();
    values.addListener((ListChangeListener<String>) c -> fill.run());
    box.valueProperty()
        .addListener(
            (o, was, now) -> value.setValue(now == null || now.value() == null ? "" : now.value()));
    value.addListener(
        (o, was, now) -> {
          if (now == null || now.isEmpty()) {
            box.getSelectionModel().select(0);
          }
        });
    into.getChildren().add(form.group(id, labelKey, false, box, box));
  }

  private static <E> int indexOf(List<Choice<E>> items, E value) {
    for (int i = 0; i < items.size(); i++) {
      if (java.util.Objects.equals(items.get(i).value(), value)) {
        return i;
      }
    }
    return 0;
  }

  /** A value and the words shown for it; {@code null} is "Any". */
  record Choice<E>(E value, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static final class ChoiceCell<E> extends ListCell<Choice<E>> {
    @Override
    protected void updateItem(Choice<E> item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : item.label());
    }
  }

  private TableView<ReportRow> table(Consumer<Reference> onOpen) {
    table.setId("reports-table");
    table.getStyleClass().add("report-table");
    table.setAccessibleText(form.text().get("reports.table"));
    table.setPlaceholder(new Label(form.text().get("reports.none")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    List<TableColumn<ReportRow, String>> columns = new ArrayList<>();
    columns.add(
        column(
            "col-reference",
            "reports.col.reference",
            ReportQuery.Sort.REFERENCE,
            r -> r.reference().toString()));
    columns.add(
        column(
            "col-date",
            "reports.col.date",
            ReportQuery.Sort.DATE,
            r -> words.day(r.completedAt())));
    columns.add(
        column(
            "col-status",
            "reports.col.status",
            ReportQuery.Sort.STATUS,
            r -> words.status(r.status())));
    if (vm.detailed()) {
      columns.add(
          column(
              "col-channel",
              "reports.col.channel",
              ReportQuery.Sort.CHANNEL,
              r -> r.channel().map(words::channel).orElse("")));
      columns.add(
          column(
              "col-volunteer",
              "reports.col.volunteer",
              ReportQuery.Sort.VOLUNTEER,
              r -> r.recordedBy().orElse("")));
      columns.add(column("col-ward", "reports.col.ward", null, r -> r.ward().orElse("")));
    }
    table.getColumns().setAll(columns);
    table.setItems(vm.rows);
    table.setRowFactory(
        t -> {
          TableRow<ReportRow> row =
              new TableRow<>() {
                @Override
                protected void updateItem(ReportRow item, boolean empty) {
                  super.updateItem(item, empty);
                  setAccessibleText(empty || item == null ? null : vm.rowText(item));
                }
              };
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && vm.detailed()) {
                  onOpen.accept(row.getItem().reference());
                }
              });
          return row;
        });
    table.setOnKeyPressed(
        e -> {
          ReportRow selected = table.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && selected != null && vm.detailed()) {
            onOpen.accept(selected.reference());
          }
        });
    // Pressing a heading sorts every report in the store, not only the page on screen.
    TableColumn<ReportRow, String> sorted =
        columns.stream()
            .filter(c -> c.getUserData() == vm.sort.get())
            .findFirst()
            .orElse(columns.get(1));
    sorted.setSortType(
        vm.descending.get() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
    table.getSortOrder().setAll(List.of(sorted));
    table.setSortPolicy(
        t -> {
          if (t.getSortOrder().isEmpty()) {
            return true;
          }
          TableColumn<ReportRow, ?> first = t.getSortOrder().get(0);
          ReportQuery.Sort sort = (ReportQuery.Sort) first.getUserData();
          boolean descending = first.getSortType() == TableColumn.SortType.DESCENDING;
          if (sort != null && (sort != vm.sort.get() || descending != vm.descending.get())) {
            vm.sortBy(sort, descending);
          }
          return true;
        });
    return table;
  }

  private TableColumn<ReportRow, String> column(
      String id, String key, ReportQuery.Sort sort, Function<ReportRow, String> value) {
    TableColumn<ReportRow, String> col = new TableColumn<>(form.text().get(key));
    col.setId(id);
    col.setUserData(sort);
    col.setSortable(sort != null);
    col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    col.setCellFactory(
        c ->
            new TableCell<>() {
              private final Text shown = new Text();

              {
                shown.getStyleClass().add("cell-text");
                shown.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
              }

              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                shown.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : shown);
              }
            });
    return col;
  }

  private Button button(String id, String key, Runnable action) {
    Button b = new Button(form.text().get(key));
    b.setId(id);
    b.getStyleClass().add("secondary");
    b.setWrapText(true);
    b.setOnAction(e -> action.run());
    return b;
  }
}
