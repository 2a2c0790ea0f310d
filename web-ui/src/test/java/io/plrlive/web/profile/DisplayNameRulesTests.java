package io.plrlive.web.profile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNameRulesTests {

	private final DisplayNameRules rules = new DisplayNameRules(ProhibitedWords.shipped());

	@ParameterizedTest
	@ValueSource(strings = { "Curious Otter 42", "Scunthorpe United", "Cocktail Hour", "Dickens Fan", "Assassin",
			"Grape Ape", "Therapist", "Zoë", "李小龙", "Shiitake Mushroom", "A", "Exactly thirty characters here" })
	void acceptsInnocentNames(String name) {
		assertThat(this.rules.refusal(name)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Shit Happens", "sh1t happens", "SHIT", "Ѕhit Otter", "fück this", "F.U.C.K", "ｆｕｃｋ",
			"Bitches Brew", "son of a b1tch", "Mr $h!t", "c u n t" })
	void refusesProhibitedWordsHoweverDisguised(String name) {
		assertThat(this.rules.refusal(name))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("a word that is not allowed on the boards"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<b>Bold</b>", "<script>x", "a > b" })
	void refusesMarkup(String name) {
		assertThat(this.rules.refusal(name)).contains("A display name cannot contain < or >.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Bell\u0007", "Tab\tbed", "Zero\u200Bwidth" })
	void refusesEmptyNamesAndControlCharacters(String name) {
		assertThat(this.rules.refusal(name)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "This name is longer than thirty",
			"𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜𝒜" })
	void refusesMoreThanThirtyCharacters(String name) {
		assertThat(this.rules.refusal(name)).contains("A display name has at most 30 characters.");
	}

}
