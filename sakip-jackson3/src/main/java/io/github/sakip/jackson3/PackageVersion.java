package io.github.sakip.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this module, as Jackson's own modules report theirs: read from {@code version.properties}, which
 * the build fills in from the project's coordinates (Maven resource filtering), so that it cannot drift from the
 * artifact's version.
 */
final class PackageVersion implements Versioned {

    /** The version of {@code io.github.sakip:sakip-jackson3}. */
    static final Version VERSION = read();

    private static Version read() {
        Properties build = new Properties();
        try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from sakip-jackson3: a broken build");
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version of sakip-jackson3", e);
        }
        return VersionUtil.parseVersion(build.getProperty("version"), build.getProperty("groupId"),
                build.getProperty("artifactId"));
    }

    @Override
    public Version version() {
        return VERSION;
    }
}
