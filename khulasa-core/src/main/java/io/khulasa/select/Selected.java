package io.khulasa.select;

import io.khulasa.analyze.Sentence;

/** A sentence a summarizer chose, with the score that made it win (higher is better, method-specific). */
public record Selected(Sentence sentence, double score) {}
