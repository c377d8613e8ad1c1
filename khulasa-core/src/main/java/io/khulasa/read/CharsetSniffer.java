package io.khulasa.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 */
public final class CharsetSniffer {

    /** The outcome: decoded text and the charset used, or why the bytes are not text. */
    public record Decoded(String text, String charset, String problem) {
        static Decoded ok(String text, String charset) { return new Decoded(text, charset, null); }
        static Decoded fail(String problem) { return new Decoded(null, null, problem); }
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
        detector.setText(bytes.length > SNIFF ? java.util.Arrays.copyOf(bytes, SNIFF) : bytes);
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
        int valid = 0, broken = 0;
        int k = 0;
        while (k < b.length) {
            int c = b[k] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) { k++; continue; }
            boolean ok = len > 0 && k + len <= b.length;
            for (int j = 1; ok && j < len; j++) ok = (b[k + j] & 0xC0) == 0x80;
            if (ok) { valid++; k += len; } else { broken++; k++; }
        }
        return valid >= 10 && broken * 100 <= valid;
    }
}
