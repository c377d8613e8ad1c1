package io.khulasa.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khulasa.DocumentReport;
import io.khulasa.Excerpt;
import io.khulasa.Omission;
import io.khulasa.Summary;
import io.khulasa.SummarySentence;
import io.khulasa.clean.DroppedLine;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON record of a summary. Field order is fixed and scores are rounded to six decimals, so the same
 * input gives byte-identical output on every machine.
 */
public final class JsonRenderer implements SummaryRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(Summary summary) {
        try {
            return MAPPER.writeValueAsString(toTree(summary)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON tree, for callers (the HTTP server) that write it themselves. */
    public static ObjectNode toTree(Summary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("summary", summary.text());
        root.put("method", summary.method());
        ObjectNode budget = root.putObject("budget");
        budget.put("unit", summary.budget().unit().name().toLowerCase(Locale.ROOT));
        budget.put("limit", summary.budget().limit());
        ArrayNode sentences = root.putArray("sentences");
        for (SummarySentence s : summary.sentences()) {
            ObjectNode n = sentences.addObject();
            n.put("text", s.text());
            n.put("document", s.document());
            n.put("start", s.start());
            n.put("end", s.end());
            ArrayNode omitted = n.putArray("omitted");
            for (Omission o : s.omitted()) omitted.addObject().put("start", o.start()).put("end", o.end());
            n.put("score", Math.round(s.score() * 1e6) / 1e6);
            ArrayNode alsoIn = n.putArray("alsoIn");
            for (Excerpt e : s.alsoIn()) alsoIn.addObject().put("document", e.document()).put("start", e.start()).put("end", e.end());
        }
        ArrayNode documents = root.putArray("documents");
        for (DocumentReport d : summary.documents()) {
            ObjectNode n = documents.addObject();
            n.put("id", d.id());
            n.put("language", d.language());
            n.put("title", d.title());
            if (d.url() != null) n.put("url", d.url());
            if (d.published() != null) n.put("published", d.published());
            n.put("sentences", d.sentences());
            ObjectNode meta = n.putObject("metadata");
            for (Map.Entry<String, String> e : new TreeMap<>(d.metadata()).entrySet()) meta.put(e.getKey(), e.getValue());
            ArrayNode dropped = n.putArray("dropped");
            for (DroppedLine l : d.dropped()) {
                ObjectNode x = dropped.addObject();
                x.put("text", l.text());
                x.put("reason", l.reason());
                x.put("start", l.start());
                x.put("end", l.end());
            }
            n.put("text", d.text());
        }
        ArrayNode skipped = root.putArray("skipped");
        summary.skipped().forEach(skipped::add);
        ArrayNode warnings = root.putArray("warnings");
        summary.warnings().forEach(warnings::add);
        return root;
    }
}
