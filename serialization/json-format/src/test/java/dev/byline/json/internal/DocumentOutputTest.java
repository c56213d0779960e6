package dev.byline.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The collectors of one written document keep every byte and character, in order. */
class DocumentOutputTest {
  @Test
  void nothingWrittenIsAnEmptyDocument() {
    assertThat(new DocumentBytes().toByteArray()).isEmpty();
    assertThat(new DocumentText().toString()).isEmpty();
  }

  @Test
  void oneWriteIsKeptWithoutTheRestOfTheBuffer() {
    byte[] buffer = "xx{\"headline\":\"A\"}yy".getBytes(StandardCharsets.UTF_8);
    DocumentBytes bytes = new DocumentBytes();
    bytes.write(buffer, 2, 16);
    DocumentText text = new DocumentText();
    text.write("xx{\"headline\":\"A\"}yy".toCharArray(), 2, 16);

    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("{\"headline\":\"A\"}");
    assertThat(text.toString()).isEqualTo("{\"headline\":\"A\"}");
  }

  @Test
  void aBufferReusedBetweenWritesDoesNotChangeWhatWasWritten() {
    byte[] buffer = "{\"a\":".getBytes(StandardCharsets.UTF_8);
    DocumentBytes bytes = new DocumentBytes();
    bytes.write(buffer, 0, 5);
    System.arraycopy("\"b\"} ".getBytes(StandardCharsets.UTF_8), 0, buffer, 0, 5);
    bytes.write(buffer, 0, 4);

    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"b\"}");
  }

  @Test
  void manyWritesOfEveryKindAreJoinedInOrder() {
    DocumentBytes bytes = new DocumentBytes();
    bytes.write('{');
    bytes.write("\"h\":\"".getBytes(StandardCharsets.UTF_8), 0, 5);
    bytes.write(new byte[0], 0, 0);
    bytes.write("é\"}".getBytes(StandardCharsets.UTF_8), 0, 4);
    DocumentText text = new DocumentText();
    text.write('{');
    text.write("\"h\":\"".toCharArray(), 0, 5);
    text.write("", 0, 0);
    text.write("..é\"}", 2, 3);

    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("{\"h\":\"é\"}");
    assertThat(text.toString()).isEqualTo("{\"h\":\"é\"}");
  }
}
