package io.flowcheck.framework.client;

import io.flowcheck.framework.config.Secret;

/** The answer to a login. The session id is a {@link Secret}, so it never prints. */
public record LoginResult(String userName, Secret sessionId) {}
