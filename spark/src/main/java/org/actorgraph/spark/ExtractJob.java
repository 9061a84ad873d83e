package org.actorgraph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.actorgraph.ingest.Document;
import org.actorgraph.ingest.DocumentSink;
import org.actorgraph.ingest.InputError;
import org.actorgraph.ingest.InputWarning;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import scala.Tuple2;

/**
 * The extraction of `kg build` on Apache Spark: reads JSON Lines (local paths or any Hadoop file system
 * URI), analyses each document with the same code as `kg build` (one CoreNLP pipeline per executor JVM)
 * and writes its named graph as N-Quads part files ({@code OUT/part-NNNNN.nq}), ready for `kg load`
 * or `kg push`.
 */
@Command(name = "actorgraph-spark", mixinStandardHelpOptions = true,
        description = "Extracts the ActorGraph knowledge graph from JSON Lines articles on Apache Spark; writes N-Quads.")
public final class ExtractJob implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractJob.class);

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Output folder (local path or Hadoop URI); must not exist yet.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions for the analysis (default: Spark's default parallelism).")
    int partitions;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = ".jsonl or .jsonl.gz files, or folders of them (local paths or Hadoop URIs).")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SparkConf conf = new SparkConf().setAppName("ActorGraph extraction");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            long t0 = System.nanoTime();
            JobReport report = run(JavaSparkContext.fromSparkContext(spark.sparkContext()), inputs, out, partitions);
            spec.commandLine().getOut().println(report.summary(out, (System.nanoTime() - t0) / 1e9));
            return report.failed.value() + report.duplicates.value() > 0 ? 1 : 0;
        } catch (InputError | IllegalArgumentException | UncheckedIOException e) {
            err.println("actorgraph-spark: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on a Spark context; the output folder must not exist. */
    public static JobReport run(JavaSparkContext sc, List<String> inputs, String out, int partitions) {
        Configuration hadoop = sc.hadoopConfiguration();
        if (exists(new Path(out), hadoop)) {
            throw new IllegalArgumentException(out + ": already exists; choose a new output folder");
        }
        JobReport report = new JobReport(sc.sc());
        List<String> files = inputFiles(inputs, hadoop);
        List<JavaRDD<InputLine>> perFile = new ArrayList<>();
        for (int rank = 0; rank < files.size(); rank++) {
            int fileRank = rank;
            String file = files.get(rank);
            perFile.add(sc.textFile(file).zipWithIndex()
                    .filter(t -> !t._1().isBlank())
                    .map(t -> new InputLine(fileRank, file, t._2() + 1, t._1())));
        }
        JavaRDD<InputLine> lines = sc.union(perFile.toArray(JavaRDD[]::new));
        int n = partitions > 0 ? partitions : sc.defaultParallelism();
        JavaRDD<String> quads = lines
                .flatMapToPair(line -> keyById(line, report))
                .reduceByKey((a, b) -> {
                    report.duplicates.add(1);
                    Article kept = a.before(b) ? a : b;
                    LOG.warn("{}: duplicate document id '{}' in this run; the first one is kept",
                            (kept == a ? b : a).doc().origin(), kept.doc().id());
                    return kept;
                }, n)
                .values()
                .mapPartitions(part -> analyse(part, report));
        quads.saveAsTextFile(out);
        nameAsNQuads(new Path(out), hadoop);
        return report;
    }

    private static Iterator<Tuple2<String, Article>> keyById(InputLine line, JobReport report) {
        List<Tuple2<String, Article>> read = new ArrayList<>(1);
        line.read(new DocumentSink() {
            @Override
            public boolean accept(Document doc) {
                report.read.add(1);
                read.add(new Tuple2<>(doc.id(), new Article(doc, line.fileRank(), line.lineNo())));
                return true;
            }

            @Override
            public boolean error(InputError error) {
                report.failed.add(1);
                LOG.warn("{}", error.getMessage());
                return true;
            }

            @Override
            public void warning(InputWarning warning) {
                if (warning.skipsDocument()) {
                    report.leftOut.add(1);
                }
                LOG.warn("{}", warning.message());
            }
        });
        return read.iterator();
    }

    private static Iterator<String> analyse(Iterator<Article> articles, JobReport report) {
        DocumentQuads quads = DocumentQuads.shared();
        List<String> out = new ArrayList<>();
        while (articles.hasNext()) {
            Document doc = articles.next().doc();
            try {
                List<String> q = quads.quads(doc);
                out.addAll(q);
                report.written.add(1);
                report.quads.add(q.size());
            } catch (InputError e) {
                report.failed.add(1);
                LOG.warn("{}", e.getMessage());
            } catch (RuntimeException e) {
                report.failed.add(1);
                LOG.warn("{}: cannot analyse document '{}' ({})", doc.origin(), doc.id(), e.toString());
            }
        }
        return out.iterator();
    }

    /** The JSON Lines files under the inputs, folders walked in name order, as `kg build` does. */
    static List<String> inputFiles(List<String> inputs, Configuration hadoop) {
        List<String> files = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path p = new Path(input);
                FileSystem fs = p.getFileSystem(hadoop);
                if (!fs.exists(p)) {
                    throw new IllegalArgumentException(input + ": no such file or directory");
                }
                FileStatus status = fs.getFileStatus(p);
                if (status.isFile()) {
                    if (!isJsonLines(p)) {
                        throw new IllegalArgumentException(input + ": unsupported file type (expected .jsonl or .jsonl.gz)");
                    }
                    files.add(input);
                    continue;
                }
                List<String> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
                while (it.hasNext()) {
                    Path f = it.next().getPath();
                    if (isJsonLines(f)) {
                        found.add(f.toString());
                    }
                }
                Collections.sort(found);
                files.addAll(found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .jsonl or .jsonl.gz files under " + inputs);
        }
        return files;
    }

    private static boolean isJsonLines(Path p) {
        String name = p.getName();
        return !name.startsWith(".") && !name.startsWith("_") && (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz"));
    }

    private static boolean exists(Path p, Configuration hadoop) {
        try {
            return p.getFileSystem(hadoop).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spark names its text part files part-NNNNN; N-Quads readers go by the .nq extension. */
    private static void nameAsNQuads(Path dir, Configuration hadoop) {
        try {
            FileSystem fs = dir.getFileSystem(hadoop);
            for (FileStatus f : fs.listStatus(dir, p -> p.getName().startsWith("part-"))) {
                fs.rename(f.getPath(), new Path(dir, f.getPath().getName() + ".nq"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
