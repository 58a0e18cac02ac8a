package io.flowcheck.simulator.model;

/**
 * One file of a published artifact version, as the simulator keeps it: never the bytes, only what
 * proves which bytes arrived.
 *
 * @param path the path relative to the published folder, as the upload named it
 * @param size the number of bytes
 * @param sha256 the SHA-256 of the bytes, lower-case hex
 */
public record PublishedFile(String path, long size, String sha256) {}
