package io.khulasa.render;

import io.khulasa.Summary;

/** Turns a summary into text for people or programs. Output is deterministic: same summary, same bytes. */
public interface SummaryRenderer {
    String render(Summary summary);
}
