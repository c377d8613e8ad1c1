package io.khulasa.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * ROUGE-1.5.5's {@code -m}: a token longer than 3 characters is looked up in WordNet 2.0's
 * irregular-inflection exceptions (resource {@code wordnet-2.0-exceptions-as-used.tsv}) and
 * replaced by its base form when found, otherwise by its {@link PorterStemmer Porter stem};
 * shorter tokens are left alone.
 */
public final class Rouge155Stemmer {

    private static final String RESOURCE = "wordnet-2.0-exceptions-as-used.tsv";

    private Rouge155Stemmer() {}

    /** Stems one lower-case ASCII token as ROUGE-1.5.5 does with {@code -m}. */
    public static String stem(String token) {
        if (token.length() <= 3) {
            return token;
        }
        String base = Exceptions.TABLE.get(token);
        return base != null ? base : PorterStemmer.stem(token);
    }

    /** The WordNet exception table; loaded on first use. */
    static Map<String, String> exceptions() {
        return Exceptions.TABLE;
    }

    private static final class Exceptions {
        static final Map<String, String> TABLE = load();

        private static Map<String, String> load() {
            Map<String, String> table = new HashMap<>(8192);
            try (InputStream in = Rouge155Stemmer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        table.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(table);
        }
    }
}
