package io.khulasa;

import io.khulasa.clean.DroppedLine;

import java.util.List;
import java.util.Map;

/**
 * What became of one input document.
 *
 * @param id        its id (file name or JSON Lines id)
 * @param language  detected or forced language (ISO 639-1)
 * @param title     its title, cleaned of site taglines, or null
 * @param text      the text that summary offsets refer to
 * @param sentences how many sentences it was split into
 * @param dropped   the lines the cleaner removed, with reasons
 * @param metadata  byline, source, dateline when recognised
 */
public record DocumentReport(String id, String language, String title, String text, String url, String published,
                             int sentences, List<DroppedLine> dropped, Map<String, String> metadata) {}
