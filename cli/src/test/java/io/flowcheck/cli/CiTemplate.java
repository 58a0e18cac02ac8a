package io.flowcheck.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * A CI template of {@code ci/} read as its engine reads it: every flowcheck command line with the
 * environment that engine gives it, one per shard, then the merge. The convention the templates
 * keep (their headers say so): each command that runs flowcheck is one line starting with {@code
 * ./flowcheck --no-aot-cache} (the launcher beside the jar, without the class cache a fresh CI
 * machine would make and never use), and it reads only environment variables, which the engine sets
 * from the template (a matrix, {@code parallel}, an Indexed Job) and from the settings a user
 * supplies.
 *
 * @param name the template's file name
 * @param shards each shard's {@code run} command, with its environment
 * @param merge the {@code report} command that merges the shards
 */
record CiTemplate(String name, List<Command> shards, Command merge) {
  static final String LAUNCHER = "./flowcheck --no-aot-cache";

  /** How the templates started flowcheck before the launcher: default JVM options. */
  private static final String PLAIN_JAR = "java -jar flowcheck.jar";

  /** One command line as the engine would hand it to a shell. */
  record Command(String line, Map<String, String> env) {}

  /**
   * What the user supplies on the CI's settings pages, as each template's header asks.
   *
   * @param settings plain variables or parameters (server, user, jar URL, tags)
   * @param secrets the CI's secrets (the password)
   */
  record Supplied(Map<String, String> settings, Map<String, String> secrets) {
    String value(String name) {
      return secrets.getOrDefault(name, settings.getOrDefault(name, ""));
    }
  }

  private static final Pattern GITHUB_EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");

  /** A GitHub Actions workflow: each job's env, its matrix's cells, the run steps. */
  @SuppressWarnings("unchecked")
  static CiTemplate githubActions(String name, String text, Supplied supplied) {
    Map<String, Object> jobs = (Map<String, Object>) yaml(text).get("jobs");
    Collector found = new Collector(name);
    for (Object value : jobs.values()) {
      Map<String, Object> job = (Map<String, Object>) value;
      Map<String, Object> strategy = (Map<String, Object>) job.get("strategy");
      List<Map<String, String>> cells = new ArrayList<>();
      if (strategy == null || strategy.get("matrix") == null) {
        cells.add(Map.of());
      } else {
        Map<String, Object> matrix = (Map<String, Object>) strategy.get("matrix");
        if (matrix.size() != 1) {
          throw new AssertionError(name + ": the test reads a matrix of one axis, found " + matrix);
        }
        var axis = matrix.entrySet().iterator().next();
        for (Object v : (List<Object>) axis.getValue()) {
          cells.add(Map.of("matrix." + axis.getKey(), String.valueOf(v)));
        }
      }
      for (Map<String, String> cell : cells) {
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, Object> jobEnv = (Map<String, Object>) job.getOrDefault("env", Map.of());
        jobEnv.forEach((k, v) -> env.put(k, githubValue(name, String.valueOf(v), cell, supplied)));
        for (Object s : (List<Object>) job.get("steps")) {
          Object run = ((Map<String, Object>) s).get("run");
          if (run != null) {
            found.add(String.valueOf(run), env);
          }
        }
      }
    }
    return found.template();
  }

  /** {@code ${{ ... }}}: the matrix cell, the repository's variables and secrets, the run. */
  private static String githubValue(
      String name, String value, Map<String, String> cell, Supplied supplied) {
    Matcher m = GITHUB_EXPRESSION.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String expr = m.group(1);
      String resolved;
      if (cell.containsKey(expr)) {
        resolved = cell.get(expr);
      } else if (expr.startsWith("vars.")) {
        resolved = supplied.settings().getOrDefault(expr.substring(5), "");
      } else if (expr.startsWith("secrets.")) {
        resolved = supplied.secrets().getOrDefault(expr.substring(8), "");
      } else if (expr.equals("github.run_id")) {
        resolved = "4242";
      } else if (expr.equals("github.run_attempt")) {
        resolved = "1";
      } else {
        throw new AssertionError(name + ": the test knows no value for ${{ " + expr + " }}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(resolved));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A GitLab CI file: every CI/CD variable the user set, the file's variables, and for a job with
   * {@code parallel: N} GitLab's CI_NODE_INDEX (from 1) and CI_NODE_TOTAL.
   */
  @SuppressWarnings("unchecked")
  static CiTemplate gitlab(String name, String text, Supplied supplied) {
    Map<String, Object> root = yaml(text);
    Map<String, Object> variables = (Map<String, Object>) root.getOrDefault("variables", Map.of());
    Collector found = new Collector(name);
    for (Object value : root.values()) {
      if (!(value instanceof Map<?, ?> map) || !map.containsKey("script")) {
        continue;
      }
      Map<String, Object> job = (Map<String, Object>) map;
      int parallel = job.get("parallel") instanceof Integer n ? n : 1;
      for (int i = 1; i <= parallel; i++) {
        Map<String, String> env = new LinkedHashMap<>(supplied.settings());
        env.putAll(supplied.secrets());
        env.put("CI_PIPELINE_ID", "4242");
        env.put("CI_NODE_TOTAL", String.valueOf(parallel));
        if (parallel > 1) {
          env.put("CI_NODE_INDEX", String.valueOf(i));
        }
        variables.forEach((k, v) -> env.put(k, expandDollar(String.valueOf(v), env)));
        for (Object line : (List<Object>) job.get("script")) {
          found.add(String.valueOf(line), env);
        }
      }
    }
    return found.template();
  }

  private static final Pattern JENKINS_PARAMETER =
      Pattern.compile("string\\(name: '(\\w+)', defaultValue: '([^']*)'");
  private static final Pattern JENKINS_ENVIRONMENT =
      Pattern.compile("(?m)^\\s*(\\w+) = (['\"])(.*)\\2\\s*$");
  private static final Pattern JENKINS_AXIS =
      Pattern.compile("name '(\\w+)'\\s*\\n\\s*values ((?:'[^']*'(?:, )?)+)");
  private static final Pattern JENKINS_CREDENTIAL = Pattern.compile("variable: '(\\w+)'");
  private static final Pattern JENKINS_SH = Pattern.compile("(?m)^\\s*sh '(.*)'\\s*$");
  private static final Pattern GROOVY_ENV = Pattern.compile("\\$\\{env\\.(\\w+)}");

  /**
   * A declarative Jenkinsfile: the job's parameters (Jenkins exports them), its environment block,
   * the matrix axis' value of each cell and the withCredentials variable.
   */
  static CiTemplate jenkins(String name, String text, Supplied supplied) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("BUILD_TAG", "jenkins-flowcheck-42");
    Matcher p = JENKINS_PARAMETER.matcher(text);
    while (p.find()) {
      env.put(p.group(1), supplied.settings().getOrDefault(p.group(1), p.group(2)));
    }
    Matcher e = JENKINS_ENVIRONMENT.matcher(text);
    while (e.find()) {
      Matcher groovy = GROOVY_ENV.matcher(e.group(3));
      env.put(e.group(1), groovy.replaceAll(g -> Matcher.quoteReplacement(env.get(g.group(1)))));
    }
    Matcher axis = JENKINS_AXIS.matcher(text);
    if (!axis.find()) {
      throw new AssertionError(name + ": no matrix axis (name '...' / values '1', ...) found");
    }
    Matcher c = JENKINS_CREDENTIAL.matcher(text);
    while (c.find()) {
      env.put(c.group(1), supplied.value(c.group(1)));
    }
    List<String> cells = new ArrayList<>();
    Matcher v = Pattern.compile("'([^']*)'").matcher(axis.group(2));
    while (v.find()) {
      cells.add(v.group(1));
    }
    Collector found = new Collector(name);
    Matcher sh = JENKINS_SH.matcher(text);
    while (sh.find()) {
      String line = sh.group(1);
      if (!line.startsWith(LAUNCHER + " run")) {
        found.add(line, env);
        continue;
      }
      for (String cell : cells) {
        Map<String, String> cellEnv = new LinkedHashMap<>(env);
        cellEnv.put(axis.group(1), cell);
        found.add(line, cellEnv);
      }
    }
    return found.template();
  }

  /**
   * Kubernetes Jobs: each container's env (values, the Secret by its variable's name) and envFrom
   * (the ConfigMap of the user's settings), and for an Indexed Job one pod per completion index
   * with JOB_COMPLETION_INDEX (from 0).
   */
  @SuppressWarnings("unchecked")
  static CiTemplate kubernetes(String name, String text, Supplied supplied) {
    Collector found = new Collector(name);
    for (Object doc : new Yaml().loadAll(text)) {
      Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) doc).get("spec");
      boolean indexed = "Indexed".equals(spec.get("completionMode"));
      int completions = spec.get("completions") instanceof Integer n ? n : 1;
      Map<String, Object> pod =
          (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
      for (Object c : (List<Object>) pod.get("containers")) {
        Map<String, Object> container = (Map<String, Object>) c;
        for (int i = 0; i < (indexed ? completions : 1); i++) {
          Map<String, String> env = new LinkedHashMap<>();
          if (indexed) {
            env.put("JOB_COMPLETION_INDEX", String.valueOf(i));
          }
          if (container.containsKey("envFrom")) {
            env.putAll(supplied.settings()); // the ConfigMap flowcheck-settings
          }
          for (Object entry : (List<Object>) container.getOrDefault("env", List.of())) {
            Map<String, Object> var = (Map<String, Object>) entry;
            String var0 = String.valueOf(var.get("name"));
            env.put(
                var0,
                var.containsKey("value")
                    ? String.valueOf(var.get("value"))
                    : supplied.secrets().getOrDefault(var0, ""));
          }
          for (Object arg : (List<Object>) container.getOrDefault("args", List.of())) {
            found.add(String.valueOf(arg), env);
          }
        }
      }
    }
    return found.template();
  }

  /** $NAME and ${NAME} as GitLab expands its variables: from what is already set. */
  private static String expandDollar(String value, Map<String, String> env) {
    return Pattern.compile("\\$\\{?(\\w+)}?")
        .matcher(value)
        .replaceAll(m -> Matcher.quoteReplacement(env.getOrDefault(m.group(1), "")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String text) {
    return (Map<String, Object>) new Yaml().load(text);
  }

  /** The flowcheck lines of a template's scripts, sorted into shard runs and the merge. */
  private static final class Collector {
    private final String name;
    private final List<Command> shards = new ArrayList<>();
    private final List<Command> merges = new ArrayList<>();

    Collector(String name) {
      this.name = name;
    }

    void add(String script, Map<String, String> env) {
      for (String raw : script.split("\\R")) {
        String line = raw.strip();
        if (line.contains(PLAIN_JAR)) {
          throw new AssertionError(
              name + ": start flowcheck through its launcher, '" + LAUNCHER + "': " + line);
        }
        if (!line.contains(LAUNCHER)) {
          continue;
        }
        if (!line.startsWith(LAUNCHER)) {
          throw new AssertionError(
              name + ": a flowcheck line must start with '" + LAUNCHER + "': " + line);
        }
        String command = line.substring(LAUNCHER.length()).strip().split("\\s+")[0];
        switch (command) {
          case "run" -> shards.add(new Command(line, Map.copyOf(env)));
          case "report" -> merges.add(new Command(line, Map.copyOf(env)));
          default ->
              throw new AssertionError(
                  name
                      + ": the test runs 'run' and 'report' lines, not '"
                      + command
                      + "': "
                      + line);
        }
      }
    }

    CiTemplate template() {
      if (shards.size() < 2 || merges.size() != 1) {
        throw new AssertionError(
            name
                + ": expected one flowcheck run line per shard (2 or more) and one report line,"
                + " found "
                + shards.size()
                + " and "
                + merges.size());
      }
      return new CiTemplate(name, List.copyOf(shards), merges.get(0));
    }
  }
}
