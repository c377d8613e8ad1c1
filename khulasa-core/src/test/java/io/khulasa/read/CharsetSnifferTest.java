package io.khulasa.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Encodings are generated here from Java strings, so each test knows the exact text it must get back. */
class CharsetSnifferTest {
    static final String ARABIC = "أعلنت وزارة الداخلية، مساء الثلاثاء، ارتفاع حصيلة الفيضانات إلى أربعة قتلى "
            + "وإجلاء مئات العائلات من الأحياء المنخفضة في المدينة.\nوقال المتحدث باسم الحماية المدنية إن "
            + "فرق الإنقاذ تواصل البحث عن شخصين مفقودين قرب الوادي الكبير شمال المدينة.\n";
    private final CharsetSniffer sniffer = new CharsetSniffer();

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(a);
        o.writeBytes(b);
        return o.toByteArray();
    }

    /** ARABIC in an encoding without a byte order mark: the text comes back and the encoding is named. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "plain UTF-8, UTF-8",
            "windows-1256, windows-1256",
            "ISO-8859-6 is not mistaken for windows-1256, ISO-8859-6"})
    void readsTheEncodingWithoutAMark(String label, String charset) {
        CharsetSniffer.Decoded d = sniffer.decode(ARABIC.getBytes(Charset.forName(charset)), false);
        assertThat(d.text()).as(label).isEqualTo(ARABIC);
        assertThat(d.charset()).as(label).isEqualTo(charset);
    }

    static Stream<Arguments> aByteOrderMarkIsStripped() {
        return Stream.of(
                Arguments.of("UTF-8", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
                Arguments.of("UTF-16 little-endian", new byte[]{(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16 big-endian", new byte[]{(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));
    }

    /** ARABIC after its encoding's byte order mark: the text comes back without the mark. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aByteOrderMarkIsStripped(String label, byte[] mark, Charset charset) {
        assertThat(sniffer.decode(concat(mark, ARABIC.getBytes(charset)), false).text()).as(label).isEqualTo(ARABIC);
    }

    @Test
    void windows1256WithBytesOnlyItHas() {
        // پ, گ, “ ” and … live in 0x80–0x9F in Windows-1256, where ISO-8859-6 has only control codes
        String s = ARABIC + "وقال “إن الوضع صعب…” في بيان نشره موقع گزارش الپارسي.\n";
        CharsetSniffer.Decoded d = sniffer.decode(s.getBytes(Charset.forName("windows-1256")), false);
        assertThat(d.text()).isEqualTo(s);
    }

    @Test
    void damagedUtf8IsDecodedBestEffortWithReplacementCharacters() {
        byte[] good = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] b = concat(concat(good, new byte[]{(byte) 0xD8}), "\nتتمة الخبر.".getBytes(StandardCharsets.UTF_8));
        CharsetSniffer.Decoded d = sniffer.decode(b, false);
        assertThat(d.isText()).isTrue();
        assertThat(d.text()).startsWith(ARABIC).contains("\uFFFD").endsWith("تتمة الخبر.");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] b = {'P', 'K', 3, 4, 0, 0, 8, 0, 'a', 'b'};
        assertThat(sniffer.decode(b, false).problem()).isEqualTo("binary file, not text");
    }

    @Test
    void manyControlBytesMeanBinary() {
        byte[] b = new byte[200];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        assertThat(sniffer.decode(b, false).problem()).isEqualTo("binary file, not text");
    }

    @Test
    void noBytesIsAnEmptyFile() {
        assertThat(sniffer.decode(new byte[0], false).problem()).isEqualTo("empty file");
    }
}
