package io.khulasa.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how the bytes of a file become text: binary or not, then which charset.
 *
 * <p>Order of decisions: a byte-order mark wins (UTF-8, UTF-16 LE/BE; the BOM is stripped); then NUL bytes or
 * a high share of control bytes mean "binary, not text"; then bytes that are valid UTF-8 are UTF-8; then bytes
 * that are UTF-8 with a few broken sequences (≤ 1% of the multi-byte ones) are decoded as UTF-8 with U+FFFD
 * for the broken ones (a truncated scrape should not lose a whole article); then ICU's detector. For Arabic
 * single-byte text ICU often cannot tell ISO-8859-6 from Windows-1256 — they share most letters but not all —
 * so both decodings are scored and the more plausible wins (ties go to Windows-1256, the common one on the
 * web). Anything else with no plausible charset is reported as undecodable rather than turned into mojibake.
 * A file of JSON Lines may be decoded line by line instead ({@link #decodeLines}).
 */
public final class CharsetSniffer {

    /**
     * The outcome: decoded text and the charset used, or why the bytes are not text; {@code badLines} names the lines
     * (from 1) that were not decoded as the rest of the file was, and how they were.
     */
    public record Decoded(String text, String charset, String problem, Map<Integer, String> badLines) {
        static Decoded ok(String text, String charset) { return new Decoded(text, charset, null, Map.of()); }
        static Decoded fail(String problem) { return new Decoded(null, null, problem, Map.of()); }
        public boolean isText() { return problem == null; }
    }

    private static final int SNIFF = 64 * 1024;
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

    /** Decodes {@code bytes}; {@code html} enables the {@code <meta charset>} hint and ICU's markup filter. */
    public Decoded decode(byte[] bytes, boolean html) {
        if (bytes.length == 0) return Decoded.fail("empty file");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Decoded.ok(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Decoded.ok(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Decoded.ok(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (looksBinary(bytes)) return Decoded.fail("binary file, not text");
        if (isValidUtf8(bytes)) return Decoded.ok(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        if (mostlyUtf8(bytes)) return Decoded.ok(new String(bytes, StandardCharsets.UTF_8), "UTF-8 (repaired)");
        if (html) {
            Charset declared = declaredCharset(bytes);
            if (declared != null) return decodeSingleByteAware(bytes, declared);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(bytes.length > SNIFF ? Arrays.copyOf(bytes, SNIFF) : bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch m : matches) {
            if (isArabicSingleByte(m.getName())) return decodeSingleByteAware(bytes, WINDOWS_1256);
        }
        for (CharsetMatch m : matches) {
            if (m.getConfidence() < 20) break;
            if (m.getName().startsWith("UTF-16") || m.getName().startsWith("UTF-32")) continue; // needs a BOM here
            if (Charset.isSupported(m.getName())) {
                return Decoded.ok(new String(bytes, Charset.forName(m.getName())), m.getName());
            }
        }
        return Decoded.fail("not valid UTF-8 and no plausible encoding detected");
    }

    /**
     * Decodes a file of records, one a line (JSON Lines), which may have been put together from several scrapers:
     * when some lines are UTF-8 with letters beyond ASCII and others are not valid UTF-8, the file is UTF-8 and only
     * those others are decoded alone — in their own charset when they hold no UTF-8 of their own ("Ren\xE9e"),
     * else as UTF-8 with U+FFFD for the bad bytes — so one bad record does not turn every other into mojibake.
     * Any other file is decoded whole, as {@link #decode} does (a Windows-1256 file has no line that is UTF-8).
     */
    public Decoded decodeLines(byte[] bytes) {
        Decoded whole = decode(bytes, false);
        boolean utf8OrBom = whole.isText() && (whole.charset().equals("UTF-8") || whole.charset().startsWith("UTF-16"));
        if (utf8OrBom || looksBinary(bytes)) return whole;
        List<int[]> lines = new ArrayList<>();
        boolean utf8 = false;
        for (int from = 0; from <= bytes.length; ) {
            int nl = from;
            while (nl < bytes.length && bytes[nl] != '\n') nl++;
            int[] counts = utf8Sequences(bytes, from, nl);
            utf8 |= counts[0] > 0 && counts[1] == 0;
            lines.add(new int[] {from, nl, counts[0], counts[1]});
            from = nl + 1;
        }
        if (!utf8) return whole;
        StringBuilder text = new StringBuilder(bytes.length);
        Map<Integer, String> bad = new TreeMap<>();
        for (int k = 0; k < lines.size(); k++) {
            int[] l = lines.get(k);
            byte[] line = Arrays.copyOfRange(bytes, l[0], l[1]);
            if (k > 0) text.append('\n');
            if (l[3] == 0) {
                text.append(new String(line, StandardCharsets.UTF_8));
                continue;
            }
            Decoded alone = l[2] == 0 ? decode(line, false) : null;
            if (alone != null && alone.isText() && !alone.charset().startsWith("UTF-8")) {
                text.append(alone.text());
                bad.put(k + 1, "not UTF-8 as the rest of the file is; read as " + alone.charset());
            } else {
                text.append(new String(line, StandardCharsets.UTF_8));
                bad.put(k + 1, "not valid UTF-8; " + l[3] + (l[3] == 1 ? " bad byte" : " bad bytes") + " replaced");
            }
        }
        return new Decoded(text.toString(), "UTF-8", null, bad);
    }

    private static boolean isArabicSingleByte(String name) {
        return name.equalsIgnoreCase("windows-1256") || name.equalsIgnoreCase("ISO-8859-6");
    }

    /** For the two Arabic single-byte charsets, decodes with both and keeps the more plausible text. */
    private static Decoded decodeSingleByteAware(byte[] bytes, Charset hint) {
        if (!isArabicSingleByte(hint.name())) return Decoded.ok(new String(bytes, hint), hint.name());
        String w = new String(bytes, WINDOWS_1256);
        String i = new String(bytes, ISO_8859_6);
        return plausibility(i) > plausibility(w) ? Decoded.ok(i, "ISO-8859-6") : Decoded.ok(w, "windows-1256");
    }

    /**
     * Arabic letters and ASCII count for; unmappable bytes, C1 controls and Latin-1 accented letters (what
     * ISO-8859-6 text looks like through Windows-1256, e.g. "ç" for "ه") count heavily against.
     */
    static int plausibility(String s) {
        int score = 0;
        int n = Math.min(s.length(), SNIFF);
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c < 0x80) score++;
            else if (c >= 0x0621 && c <= 0x064A) score++;
            else if (c == 0xFFFD || (c >= 0x80 && c <= 0x9F) || (c >= 0xC0 && c <= 0xFF)) score -= 3;
        }
        return score;
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            Charset c = Charset.forName(m.group(1));
            return c.name().equals("UTF-8") ? null : c; // already known not to be valid UTF-8
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int k = 0; k < prefix.length; k++) if ((b[k] & 0xFF) != prefix[k]) return false;
        return true;
    }

    /** NUL bytes, or more than 5% control bytes other than tab, newline, carriage return, form feed, escape. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        int control = 0;
        for (int k = 0; k < n; k++) {
            int c = b[k] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B) control++;
        }
        return control > n * 0.05;
    }

    static boolean isValidUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Valid multi-byte sequences dominate and broken ones are rare: a damaged UTF-8 file, not another charset. */
    static boolean mostlyUtf8(byte[] b) {
        int[] counts = utf8Sequences(b, 0, b.length);
        return counts[0] >= 10 && counts[1] * 100 <= counts[0];
    }

    /** The valid multi-byte UTF-8 sequences in {@code b[from, to)} and the bytes that start no valid one. */
    private static int[] utf8Sequences(byte[] b, int from, int to) {
        int valid = 0, broken = 0;
        int k = from;
        while (k < to) {
            int c = b[k] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) { k++; continue; }
            boolean ok = len > 0 && k + len <= to;
            for (int j = 1; ok && j < len; j++) ok = (b[k + j] & 0xC0) == 0x80;
            if (ok) { valid++; k += len; } else { broken++; k++; }
        }
        return new int[] {valid, broken};
    }
}
