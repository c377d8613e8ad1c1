package io.khulasa.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** The test clusters under {@code src/test/resources/clusters}, and request bodies built from them. */
final class Fixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {}

    /** The three invented Arabic articles about a desalination plant opening. */
    static Path arabicCluster() {
        try {
            return Path.of(Fixtures.class.getResource("/clusters/ar-desalination").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cluster's files in name order (the order the command line reads them in). */
    static List<Path> files(Path cluster) {
        try (Stream<Path> s = Files.list(cluster)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"documents": [{id: file name, text}...]}} for the cluster. */
    static ObjectNode jsonRequest(Path cluster) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        for (Path f : files(cluster)) docs.addObject().put("id", f.getFileName().toString()).put("text", read(f));
        return root;
    }

    /** A multipart/form-data body by hand: java.net.http has no builder for it. */
    static final class Multipart {
        final String boundary = "khulasa-" + UUID.randomUUID();
        private final List<byte[]> parts = new ArrayList<>();

        Multipart field(String name, String value) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Multipart file(String name, String filename, byte[] content) {
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] part = new byte[head.length + content.length + 2];
            System.arraycopy(head, 0, part, 0, head.length);
            System.arraycopy(content, 0, part, head.length, content.length);
            part[part.length - 2] = '\r';
            part[part.length - 1] = '\n';
            parts.add(part);
            return this;
        }

        /** Each file of {@code cluster}, in name order, as a {@code files} part named by its file name. */
        Multipart files(Path cluster) {
            for (Path f : Fixtures.files(cluster)) file("files", f.getFileName().toString(), read(f).getBytes(StandardCharsets.UTF_8));
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] body() {
            byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            int n = end.length;
            for (byte[] p : parts) n += p.length;
            byte[] out = new byte[n];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, out, at, p.length);
                at += p.length;
            }
            System.arraycopy(end, 0, out, at, end.length);
            return out;
        }
    }
}
