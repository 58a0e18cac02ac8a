package io.flowcheck.runner;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated // changes JVM-wide state (see junit-platform.properties)
class StartupWarmupTest {
  @Test
  void warmsUpWhenGroovyHasAJarOfItsOwn() {
    // Maven's test classpath: the runner's classes in a folder, Groovy in its own jar.
    assertFalse(StartupWarmup.inOneJarWithGroovy());
  }
}
