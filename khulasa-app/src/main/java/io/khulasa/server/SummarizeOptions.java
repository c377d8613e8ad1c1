package io.khulasa.server;

import io.khulasa.Budget;

/**
 * How one request wants its cluster summarized; also the key under which a configured
 * {@link io.khulasa.Khulasa} is reused.
 *
 * @param method          a normalized name from {@link io.khulasa.select.Summarizers#names()}
 * @param language        {@code auto} or an ISO 639-1 code
 * @param summaryLanguage {@code auto} (the cluster's main language) or the ISO 639-1 code of the articles quoted
 * @param budget          the summary length
 * @param verbatim        true to quote sentences whole, relative days and opening connectives included
 */
public record SummarizeOptions(String method, String language, String summaryLanguage, Budget budget, boolean verbatim) {}
