package io.khulasa.analyze;

/** Tells the language of a text, as an ISO 639-1 code. */
public final class LanguageDetector {

    /** The language of {@code text}: {@code ar} when Arabic letters dominate, else {@code en}. */
    public String detect(CharSequence text) {
        int arabic = 0, latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) arabic++;
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin++;
        }
        return arabic > latin ? "ar" : "en";
    }
}
