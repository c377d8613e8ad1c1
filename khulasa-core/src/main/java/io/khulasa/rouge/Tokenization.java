package io.khulasa.rouge;

/** How summary text is cut into tokens. */
public enum Tokenization {
    /**
     * ROUGE-1.5.5 exactly: ASCII upper case is lowered, every character other than an ASCII letter
     * or digit separates tokens (non-ASCII characters included), so tokens are maximal runs of
     * {@code [a-z0-9]}. Word limits count runs of non-whitespace ({@code [ \t\n\x0B\f\r]}) in the
     * raw line; byte limits count UTF-8 bytes.
     */
    ROUGE155("ascii-rouge155"),
    /**
     * For Arabic and every other script: tokens are maximal runs of Unicode letters, decimal digits
     * and combining marks, lower-cased (root locale). On ASCII text this gives the same tokens as
     * {@link #ROUGE155}. Word limits also treat Unicode spaces as separators.
     */
    UNICODE("unicode");

    private final String label;

    Tokenization(String label) {
        this.label = label;
    }

    /** The name used in mode headers, e.g. {@code ascii-rouge155}. */
    public String label() {
        return label;
    }
}
