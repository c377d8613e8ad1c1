package io.khulasa.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** ROUGE-1.5.5's {@code -s} stopword list: the 598 SMART common words. */
public final class StopWords {

    private static final String RESOURCE = "smart_common_words.txt";

    private StopWords() {}

    /** Whether ROUGE-1.5.5 drops this (lower-case) token under {@code -s}. */
    public static boolean contains(String token) {
        return Holder.WORDS.contains(token);
    }

    /** The whole list. */
    public static Set<String> all() {
        return Holder.WORDS;
    }

    private static final class Holder {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            Set<String> words = new HashSet<>();
            try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    words.add(line); // ROUGE chomps the newline and keeps the rest verbatim
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(words);
        }
    }
}
