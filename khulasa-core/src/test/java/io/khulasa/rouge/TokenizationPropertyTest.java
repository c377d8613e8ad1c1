package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class TokenizationPropertyTest {

    /** On ASCII text the Unicode mode must score exactly like ROUGE-1.5.5's own tokenization. */
    @Property(tries = 200)
    void unicodeModeEqualsRouge155OnAscii(
            @ForAll @Size(min = 1, max = 4) List<@StringLength(max = 60)
                    @CharRange(from = 'a', to = 'e') @CharRange(from = 'A', to = 'C')
                    @Chars({' ', '\t', '-', '.', '\'', '0', '1'}) String> peer,
            @ForAll @Size(min = 1, max = 4) List<@StringLength(max = 60)
                    @CharRange(from = 'a', to = 'e') @Chars({' ', '-', ',', 'B', '1'}) String> ref) {
        RougeScorer ascii = RougeScorer.builder().wordLimit(12).build();
        RougeScorer unicode = RougeScorer.builder().tokenization(Tokenization.UNICODE).wordLimit(12).build();
        ClusterScore a = ascii.score(peer, List.of(ref));
        ClusterScore u = unicode.score(peer, List.of(ref));
        assertThat(u.asMap()).isEqualTo(a.asMap());
    }
}
