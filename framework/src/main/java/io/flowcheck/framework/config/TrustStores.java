package io.flowcheck.framework.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** Loads {@code ef.tls.truststore} once, with a message that says which part is wrong. */
final class TrustStores {
  private TrustStores() {}

  static KeyStore load(Path file, Secret password) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new EfConfigException(
          Setting.TRUSTSTORE,
          "cannot read '" + file.toAbsolutePath() + "' (no such readable file)");
    }
    try {
      // getInstance(File, ...) probes the type, so PKCS12 and JKS both work.
      return KeyStore.getInstance(file.toFile(), password.reveal().toCharArray());
    } catch (IOException e) {
      String why =
          e.getCause() instanceof java.security.UnrecoverableKeyException
              ? "wrong password: check ef.tls.truststore.password"
              : "not a PKCS12 or JKS keystore, or wrong ef.tls.truststore.password";
      throw new EfConfigException(Setting.TRUSTSTORE, "cannot load '" + file + "': " + why);
    } catch (GeneralSecurityException e) {
      throw new EfConfigException(
          Setting.TRUSTSTORE, "cannot load '" + file + "': " + e.getClass().getSimpleName());
    }
  }
}
