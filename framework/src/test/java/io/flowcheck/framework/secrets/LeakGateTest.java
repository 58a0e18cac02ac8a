package io.flowcheck.framework.secrets;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plants secrets in outputs and checks the gate catches each form and names the file. */
class LeakGateTest {
  private static final String PASSWORD = "Pl@nted Secret!";
  private static final String SESSION = "4VOZBL8M9X5BJYI9";

  @TempDir Path dir;
  private Path prints;
  private Path out;

  @BeforeEach
  void fingerprint() throws IOException {
    prints = dir.resolve(SecretFingerprints.FILE_NAME);
    List<Fingerprint> all = new ArrayList<>(SecretFingerprints.forPassword("admin", PASSWORD));
    all.addAll(SecretFingerprints.forSessionId(SESSION));
    SecretFingerprints.append(prints, all);
    out = Files.createDirectories(dir.resolve("target"));
    Files.createDirectories(out.resolve("deep/er"));
    Files.writeString(out.resolve("clean.json"), "{\"sessionId\":\"****\",\"password\":\"****\"}");
  }

  private List<LeakScanner.Leak> scan() {
    return new LeakScanner(SecretFingerprints.read(prints)).scan(List.of(out));
  }

  @Test
  void theFingerprintFileHoldsNoSecret() throws IOException {
    String text = Files.readString(prints);
    assertEquals(false, text.contains(PASSWORD) || text.contains(SESSION));
  }

  @Test
  void cleanOutputsPass() {
    assertThat(scan(), empty());
    assertEquals(0, LeakGate.run(new String[] {prints.toString(), out.toString()}));
  }

  @Test
  void aPlantedPasswordIsCaughtAndTheFileNamed() throws IOException {
    Path leaky = Files.writeString(out.resolve("deep/er/report.html"), "x", StandardCharsets.UTF_8);
    Files.writeString(leaky, "<td>" + PASSWORD + "</td>");
    assertThat(scan(), contains(new LeakScanner.Leak(leaky, "the password")));
    assertEquals(1, LeakGate.run(new String[] {prints.toString(), out.toString()}));
  }

  @Test
  void aPlantedSessionIdIsCaughtAtTheVeryEndOfAFile() throws IOException {
    Path leaky = out.resolve("console.log");
    Files.writeString(leaky, "a".repeat(5000) + SESSION);
    assertThat(scan(), contains(new LeakScanner.Leak(leaky, "a session id")));
  }

  @Test
  void encodedFormsAreCaughtToo() throws IOException {
    String basic =
        Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    Files.writeString(out.resolve("headers.txt"), "Authorization: Basic " + basic);
    Files.writeString(out.resolve("url.txt"), "/sessions?password=Pl%40nted+Secret%21");
    assertThat(scan(), hasSize(2));
  }

  /**
   * Two secrets of one length are looked for in the same pass: each is reported once per file, the
   * second after the first was found, and a file that is nothing but a secret is caught too.
   */
  @Test
  void twoSecretsOfOneLengthAreEachReportedOncePerFile() throws IOException {
    String other = "Q7ZK2M4XN8B1C5VD";
    assertEquals(SESSION.length(), other.length());
    SecretFingerprints.append(prints, SecretFingerprints.forIssuedSessionId(other));
    Path both = out.resolve("both.log");
    Files.writeString(both, SESSION + " " + other + " " + SESSION + " " + other);
    Path alone = Files.writeString(out.resolve("alone.txt"), other);
    assertThat(
        scan(),
        contains(
            new LeakScanner.Leak(alone, "a session id"),
            new LeakScanner.Leak(both, "a session id"),
            new LeakScanner.Leak(both, "a session id")));
  }

  /** An id the server issued is confirmed with one salted SHA-256, and found like any other. */
  @Test
  void anIssuedSessionIdIsFoundThroughItsCheapHash() throws IOException {
    String issued = "Q7ZK2M4XN8B1C5VD";
    List<Fingerprint> prints = SecretFingerprints.forIssuedSessionId(issued);
    assertThat(prints, hasSize(1));
    assertThat(prints.get(0).hash(), startsWith("sha256:"));
    SecretFingerprints.append(this.prints, prints);
    assertEquals(false, Files.readString(this.prints).contains(issued));

    Path leaky = Files.writeString(out.resolve("trace.txt"), "sessionId=" + issued + "\n");
    assertThat(scan(), contains(new LeakScanner.Leak(leaky, "a session id")));
  }

  /**
   * A window whose length and rolling hash match is a leak only when its SHA-256 matches too: the
   * rolling hash alone would call this planted text the token.
   */
  @Test
  void aRollingHashMatchIsNoLeakWithoutTheConfirmingHash() throws IOException {
    String planted = "PLANTEDTOKEN0001";
    byte[] bytes = planted.getBytes(StandardCharsets.UTF_8);
    Fingerprint other =
        Fingerprint.ofToken("a session id", "OTHERTOKEN000002".getBytes(), new byte[16]);
    Fingerprint sameWindow =
        new Fingerprint(
            "a session id",
            bytes.length,
            Fingerprint.rollingHash(bytes, 0, bytes.length),
            other.salt(),
            other.hash());
    Files.delete(prints);
    SecretFingerprints.append(prints, List.of(sameWindow));
    Files.writeString(out.resolve("trace.txt"), "sessionId=" + planted);
    assertThat(scan(), empty());

    Fingerprint real = Fingerprint.ofToken("a session id", bytes, other.salt());
    SecretFingerprints.append(prints, List.of(real));
    assertThat(scan(), hasSize(1));
  }
}
