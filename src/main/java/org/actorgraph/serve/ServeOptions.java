package org.actorgraph.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@link KgServer} serves the store.
 *
 * @param host address to bind (loopback unless told otherwise)
 * @param port TCP port; 0 picks a free one
 * @param datasetName the dataset's path segment ({@code kg} serves {@code /kg/sparql})
 * @param allowUpdate open SPARQL Update and Graph Store Protocol writes, for users of the password file
 * @param passwordFile Jetty realm file ({@code user: password} a line); required with {@code allowUpdate}
 * @param queryTimeoutMillis queries are cut after this long; 0 for no limit
 * @param maxRequestBytes larger request bodies are refused with 413
 * @param pages extra servlets or static pages served beside the dataset
 */
public record ServeOptions(String host, int port, String datasetName, boolean allowUpdate, Path passwordFile,
        long queryTimeoutMillis, long maxRequestBytes, List<Page> pages) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_DATASET = "kg";
    public static final int DEFAULT_MAX_REQUEST_MB = 10;

    public ServeOptions {
        datasetName = datasetName.replaceAll("^/+|/+$", "");
        if (!datasetName.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("dataset name '" + datasetName + "': use letters, digits, '.', '_' or '-'");
        }
        if (allowUpdate && passwordFile == null) {
            throw new IllegalArgumentException("--allow-update needs --password-file: updates are only open to known users");
        }
        pages = List.copyOf(pages);
    }
}
