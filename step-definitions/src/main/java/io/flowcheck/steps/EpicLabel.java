package io.flowcheck.steps;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.util.ResultsUtils;
import java.util.List;

/**
 * "@epic:Access_and_sessions" on a feature becomes the Allure epic "Access and sessions".
 *
 * <p>Allure's Cucumber plugin turns every tag into a "tag" label but knows no epic tag, and a hook
 * cannot add the label itself: while a hook runs, Allure's current item is the hook's fixture, not
 * the test case, so {@code Allure.epic} logs "Could not update test case" and changes nothing. This
 * listener (registered in META-INF/services) adds the label to the result as it is stopped.
 */
public final class EpicLabel implements TestLifecycleListener {
  static final String TAG_PREFIX = "epic:";

  @Override
  public void beforeTestStop(io.qameta.allure.model.TestResult result) {
    List<Label> labels = result.getLabels();
    boolean hasEpic =
        labels.stream().anyMatch(l -> ResultsUtils.EPIC_LABEL_NAME.equals(l.getName()));
    if (hasEpic) {
      return;
    }
    labels.stream()
        .filter(l -> ResultsUtils.TAG_LABEL_NAME.equals(l.getName()))
        .map(Label::getValue)
        .filter(v -> v != null && v.startsWith(TAG_PREFIX))
        .findFirst()
        .map(EpicLabel::epicName)
        .ifPresent(epic -> labels.add(ResultsUtils.createEpicLabel(epic)));
  }

  /** "epic:Access_and_sessions" gives "Access and sessions": Gherkin tags cannot hold spaces. */
  static String epicName(String tagLabel) {
    return tagLabel.substring(TAG_PREFIX.length()).replace('_', ' ');
  }
}
