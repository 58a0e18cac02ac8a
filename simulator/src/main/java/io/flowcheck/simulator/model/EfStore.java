package io.flowcheck.simulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything the simulator holds. The model objects are plain mutable classes, so every access goes
 * through {@link #read} or {@link #write}: one lock for the whole store keeps multi-object
 * operations (delete a project with its tree, create a version under an artifact) atomic, and
 * correctness under parallel clients matters more here than throughput.
 */
public final class EfStore {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Project> projects = new LinkedHashMap<>();
  private final Map<String, Artifact> artifacts = new LinkedHashMap<>();

  public EfStore() {
    reset();
  }

  /** Runs a query; the work must not keep references to model objects after it returns. */
  public <T> T read(Function<EfStore, T> work) {
    lock.readLock().lock();
    try {
      return work.apply(this);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a change atomically with respect to every other read and write. */
  public <T> T write(Function<EfStore, T> work) {
    lock.writeLock().lock();
    try {
      return work.apply(this);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Back to exactly the seed data of the KB article. */
  public void reset() {
    write(
        store -> {
          projects.clear();
          artifacts.clear();
          SeedData.seed().forEach(project -> projects.put(project.name(), project));
          return null;
        });
  }

  public Optional<Project> project(String name) {
    return Optional.ofNullable(projects.get(name));
  }

  public List<Project> projects() {
    return new ArrayList<>(projects.values());
  }

  public void addProject(Project project) {
    projects.put(project.name(), project);
  }

  public Optional<Project> removeProject(String name) {
    return Optional.ofNullable(projects.remove(name));
  }

  public Optional<Artifact> artifact(String artifactName) {
    return Optional.ofNullable(artifacts.get(artifactName));
  }

  public List<Artifact> artifacts() {
    return new ArrayList<>(artifacts.values());
  }

  public void addArtifact(Artifact artifact) {
    artifacts.put(artifact.name(), artifact);
  }

  public Optional<Artifact> removeArtifact(String artifactName) {
    return Optional.ofNullable(artifacts.remove(artifactName));
  }

  public Optional<Repository> repository(String name) {
    return Repository.DEFAULT.repositoryName().equals(name)
        ? Optional.of(Repository.DEFAULT)
        : Optional.empty();
  }

  public List<Repository> repositories() {
    return List.of(Repository.DEFAULT);
  }

  /** Any sheet anywhere: project trees, artifact trees and artifact-version trees. */
  public Optional<PropertySheet> findSheet(String sheetId) {
    return allRootSheets()
        .map(root -> root.findSheet(sheetId))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private Stream<PropertySheet> allRootSheets() {
    Stream<PropertySheet> projectSheets = projects.values().stream().map(Project::sheet);
    Stream<PropertySheet> artifactSheets = artifacts.values().stream().map(Artifact::sheet);
    Stream<PropertySheet> versionSheets =
        artifacts.values().stream().flatMap(a -> a.versions().stream()).map(ArtifactVersion::sheet);
    return Stream.of(projectSheets, artifactSheets, versionSheets).flatMap(s -> s);
  }
}
