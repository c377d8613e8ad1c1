package io.khulasa;

import java.nio.file.Path;

/**
 * Input that cannot be used: a missing, empty, binary or undecodable file, a malformed JSON Lines record.
 * The message names the place and the problem in one line, e.g. {@code docs/a.jsonl:3: not valid JSON}.
 */
public class InputException extends RuntimeException {
    private final String where;

    public InputException(String where, String problem) {
        super(where + ": " + problem);
        this.where = where;
    }

    public InputException(Path where, String problem) {
        this(where.toString(), problem);
    }

    public InputException(String where, String problem, Throwable cause) {
        super(where + ": " + problem, cause);
        this.where = where;
    }

    /** The file (and line, when known) the problem is in. */
    public String where() { return where; }
}
