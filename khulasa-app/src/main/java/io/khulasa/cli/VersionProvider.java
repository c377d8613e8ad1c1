package io.khulasa.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"khulasa " + (v == null ? "development build" : v)};
    }
}
