package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

class PropertyValueTest {

  @Test
  void aGeneratedValueIsTheSameEveryTime() {
    assertThat(PropertyValue.generated(500), equalTo(PropertyValue.generated(500)));
  }

  @Test
  void aGeneratedValueMixesUnicodeQuotesAndMarkup() {
    String text = PropertyValue.generated(200).text();
    for (String awkward : new String[] {"Ä", "€", "\"", "'", "<", ">", "&", "\\", " "}) {
      assertThat(text, containsString(awkward));
    }
  }

  @Test
  void aShorterGeneratedValueIsThePrefixOfALongerOne() {
    String longer = PropertyValue.generated(10_000).text();
    assertThat(longer.length(), equalTo(10_000));
    assertThat(longer.substring(0, 37), equalTo(PropertyValue.generated(37).text()));
  }

  @Test
  void messagesShowTheShortFormNotTheText() {
    PropertyValue v = PropertyValue.generated(10_000);
    assertThat(v.toString(), equalTo("a 10000-character value"));
    assertThat(new PropertyValue("blue", "\"blue\"").toString(), equalTo("\"blue\""));
  }
}
