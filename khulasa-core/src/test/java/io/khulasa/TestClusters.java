package io.khulasa;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small hand-written clusters under src/test/resources/clusters. */
public final class TestClusters {
    private TestClusters() {}

    public static Path path(String name) {
        try {
            return Path.of(TestClusters.class.getResource("/clusters/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path englishPortFire() { return path("en-port"); }
    public static Path arabicDamCollapse() { return path("ar-dam"); }
}
