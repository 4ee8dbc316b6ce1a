package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.ContactMethod;

/** Page 15: contacting you safely. */
public final class ContactView implements StepView {
  private final VBox root;

  public ContactView(Form form, ContactViewModel vm) {
    root = StepView.page(StepId.CONTACT, form.heading("contact.heading"));
    form.radios(
        "contactBack",
        "contact.contactBack",
        false,
        List.of(Answer.YES, Answer.NO),
        a -> form.text().get("answer." + a.code()),
        vm.contactBack,
        root);
    VBox details = new VBox();
    details.setId("contact-details");
    form.radios(
        "method", "contact.method", false, List.of(ContactMethod.values()), vm.method, details);
    form.textField("safeTimes", "contact.safeTimes", true, vm.safeTimes, details);
    form.radios(
        "safeToLeaveMessage",
        "contact.safeToLeaveMessage",
        false,
        List.of(Answer.YES, Answer.NO),
        a -> form.text().get("answer." + a.code()),
        vm.safeToLeaveMessage,
        details);
    form.textField("trustedPerson", "contact.trustedPerson", true, vm.trustedPerson, details);
    root.getChildren().add(details);
    StepView.showWhen(details, Bindings.equal(vm.contactBack, Answer.YES));
  }

  @Override
  public Node root() {
    return root;
  }
}
