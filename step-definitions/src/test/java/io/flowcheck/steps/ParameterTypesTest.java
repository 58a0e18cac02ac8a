package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.flowcheck.framework.config.AuthMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterTypesTest {
  private final StepText steps = new StepText(new ParameterTypes());

  @ParameterizedTest
  @CsvSource({"session, SESSION", "basic, BASIC", "Basic, BASIC", "HTTP Basic, BASIC"})
  void theAuthModeIsReadFromItsWords(String words, AuthMode expected) {
    assertThat(
        steps.value(
            "the user works with {authMode} auth", "the user works with " + words + " auth"),
        equalTo(expected));
  }

  @Test
  void anUnknownAuthModeIsNoMatchRatherThanAGuess() {
    assertThat(
        steps.match("the user works with {authMode} auth", "the user works with kerberos auth"),
        nullValue());
  }

  @Test
  void oneErrorCodeOrAlternativesJoinedByOr() {
    String expression = "the request is refused with error {errorCodes}";
    ParameterTypes.ErrorCodes one =
        (ParameterTypes.ErrorCodes)
            steps.value(expression, "the request is refused with error NoSuchProperty");
    assertThat(one.codes(), equalTo(List.of("NoSuchProperty")));
    ParameterTypes.ErrorCodes either =
        (ParameterTypes.ErrorCodes)
            steps.value(
                expression,
                "the request is refused with error NoCredentials or InvalidCredentials");
    assertThat(either.codes(), equalTo(List.of("NoCredentials", "InvalidCredentials")));
    assertThat(
        "messages show the codes as the step wrote them",
        either.toString(),
        equalTo("NoCredentials or InvalidCredentials"));
  }

  @Test
  void anErrorCodeStartsWithACapitalLetter() {
    assertThat(
        steps.match(
            "the request is refused with error {errorCodes}",
            "the request is refused with error noSuchProperty"),
        nullValue());
  }

  @Test
  void aDoubleQuotedValueKeepsSingleQuotesAndSpaces() {
    PropertyValue v =
        (PropertyValue) steps.value("the value is {value}", "the value is \" it's  here \"");
    assertThat(v.text(), equalTo(" it's  here "));
    assertThat(v.toString(), equalTo("\" it's  here \""));
  }

  @Test
  void aSingleQuotedValueKeepsDoubleQuotes() {
    PropertyValue v =
        (PropertyValue) steps.value("the value is {value}", "the value is 'say \"hi\"'");
    assertThat(v.text(), equalTo("say \"hi\""));
    assertThat(v.toString(), equalTo("'say \"hi\"'"));
  }

  @Test
  void anEmptyValueIsAValue() {
    assertThat(
        ((PropertyValue) steps.value("the value is {value}", "the value is \"\"")).text(),
        equalTo(""));
  }

  @Test
  void aGeneratedValueHasTheAskedLengthAndIsShownShort() {
    PropertyValue v =
        (PropertyValue) steps.value("the value is {value}", "the value is a 10000-character value");
    assertThat(v.text().length(), equalTo(10000));
    assertThat(v.toString(), equalTo("a 10000-character value"));
    PropertyValue one =
        (PropertyValue) steps.value("the value is {value}", "the value is an 8-character value");
    assertThat(one.text().length(), equalTo(8));
  }

  @Test
  void twoValuesInOneStepAreReadApart() {
    List<Object> values = steps.match("from {value} to {value}", "from 'a b' to \"c\"");
    assertThat(values, hasSize(2));
    assertThat(((PropertyValue) values.get(0)).text(), equalTo("a b"));
    assertThat(((PropertyValue) values.get(1)).text(), equalTo("c"));
  }

  @Test
  void aVersionRowWithoutDescriptionHasAnEmptyOne() {
    ParameterTypes types = new ParameterTypes();
    assertThat(
        types.versionRow(Map.of("version", "1.0.0", "description", "first")),
        equalTo(new ParameterTypes.VersionRow("1.0.0", "first")));
    assertThat(
        types.versionRow(Map.of("version", "2.0.1-7")),
        equalTo(new ParameterTypes.VersionRow("2.0.1-7", "")));
  }
}
