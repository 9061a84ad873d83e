package org.actorgraph.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import org.apache.jena.atlas.web.HttpException;
import org.junit.jupiter.api.Test;

/** The one-line descriptions of what Jena's HTTP client throws, on the exception chains it builds. */
class HttpFailureTest {
    @Test
    void aConnectionClosedWhileWritingIsToldApartFromAnAnswerAndFromARefusedConnection() {
        assertTrue(HttpFailure.connectionClosedWhileSending(new HttpException(new IOException("Broken pipe"))));
        assertTrue(HttpFailure.connectionClosedWhileSending(
                new HttpException(new IOException("wrapped", new IOException("Connection reset by peer")))));
        assertFalse(HttpFailure.connectionClosedWhileSending(new HttpException(413, "Payload Too Large")));
        assertFalse(HttpFailure.connectionClosedWhileSending(new HttpException(new ConnectException("refused"))));
    }

    @Test
    void aStatusIsDescribedWithWhatToDo() {
        String line = HttpFailure.describe("http://h/kg", new HttpException(413, "Payload Too Large"));
        assertTrue(line.startsWith("http://h/kg: HTTP 413") && line.contains("smaller batches with --batch"), line);
        assertTrue(HttpFailure.describe("http://h/kg", new HttpException(new ConnectException("x")))
                .contains("connection refused"));
    }
}
