package io.flowcheck.runner.shard;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * Stands in for the scenarios when the shard cannot be worked out (an unreadable timings file): a
 * test of the Cucumber engine that fails with the one-line reason, so the console shows it and the
 * run fails, instead of a stack trace out of discovery.
 */
final class ShardProblem extends AbstractTestDescriptor implements Node<EngineExecutionContext> {
  private final String line;

  ShardProblem(UniqueId engine, String line) {
    super(engine.append("shard", "problem"), "shard");
    this.line = line;
  }

  @Override
  public TestDescriptor.Type getType() {
    return TestDescriptor.Type.TEST;
  }

  @Override
  public EngineExecutionContext execute(
      EngineExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
    throw new UnusableShard(line);
  }

  /** The reason alone: no stack trace, as the line says all there is to fix. */
  static final class UnusableShard extends RuntimeException {
    UnusableShard(String message) {
      super(message, null, false, false);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
