package org.actorgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.testsupport.SharedResources;
import org.junit.jupiter.api.Test;

/** The README's map of the pipeline names the stages the code runs, in the same order (issue #15). */
class StageMapTest {
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| ([^|]+?) \\|", Pattern.MULTILINE);

    @Test
    void readmeMapListsTheStagesOfABuildInOrder() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## How it works"), readme.indexOf("## Quality"));
        List<String> mapped = new ArrayList<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            mapped.add(m.group(2).strip());
        }
        assertEquals(SharedResources.pipeline().buildStageNames(), mapped);
    }
}
