package org.actorgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --store option that every command touching the store shares. */
public final class StoreOption {
    /** The store used when none is given: a folder in the working directory. */
    public static final String DEFAULT = "actorgraph-store";

    @Option(names = {"-s", "--store"}, paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT)
    Path store;

    public Path path() {
        return store;
    }
}
