package org.actorgraph.serve;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/** Turns what Jena's HTTP clients throw into one line a user can act on. */
public final class HttpFailure {
    private HttpFailure() {}

    /** True when the exception comes from talking to a server (and {@link #describe} knows what to say). */
    public static boolean isHttp(Throwable e) {
        return e instanceof HttpException || e instanceof QueryExceptionHTTP;
    }

    public static String describe(String url, Throwable e) {
        int status = e instanceof HttpException h ? h.getStatusCode()
                : e instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
        if (status > 0) {
            return url + ": " + statusMeaning(status);
        }
        if (inChain(e, ConnectException.class)) {
            return url + ": connection refused (is the server running, and on this host and port?)";
        }
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException) {
            return url + ": unknown host " + cause.getMessage();
        }
        if (cause instanceof HttpTimeoutException) {
            return url + ": no answer in time (" + cause.getMessage() + ")";
        }
        return url + ": " + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
    }

    /** True when the server closed or reset the connection while the request was being written. */
    static boolean connectionClosedWhileSending(Throwable e) {
        if (e instanceof HttpException h && h.getStatusCode() > 0) {
            return false;
        }
        Throwable cause = rootCause(e);
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        return cause instanceof IOException && (message.contains("broken pipe") || message.contains("connection reset"));
    }

    static String statusMeaning(int status) {
        return switch (status) {
            case 400 -> "HTTP 400 bad request (the server could not read what was sent)";
            case 401 -> "HTTP 401 unauthorised (wrong or missing user name or password)";
            case 403 -> "HTTP 403 forbidden (this user may not do that here; is the dataset read-only?)";
            case 404 -> "HTTP 404 not found (no SPARQL service or dataset at this URL; check the dataset name)";
            case 405 -> "HTTP 405 method not allowed (the endpoint is read-only; start the server with update allowed)";
            case 413 -> "HTTP 413 request too large (the server refuses a batch this size: push smaller batches with --batch)";
            case 503 -> "HTTP 503 unavailable (the server is busy or the query ran past its timeout)";
            default -> "HTTP " + status;
        };
    }

    private static boolean inChain(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
