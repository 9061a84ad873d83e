package org.actorgraph.pipeline;

import java.util.function.Function;

/**
 * A named stage of the analysis of one document: a class of a stage package with one job, taking what
 * the stage before it made ({@code I}) and making what the next one needs ({@code O}).
 * {@link DocumentPipeline} names them and wires them in order.
 */
public record Stage<I, O>(String name, Function<I, O> job) {
    public O apply(I input) {
        return job.apply(input);
    }
}
