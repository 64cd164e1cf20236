package nl.omgekeerdetoets.review;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ComplimentRulesTest {

	@ParameterizedTest
	@ValueSource(strings = { "Goed gedaan!", "top", "Super!!", "Great job", "goed gedaan, echt top hoor",
			"Well done, thanks!", "Heel goed werk, ga zo door", "Prima 👍", "  ", "Knap gedaan zeg" })
	void stockPhrasesAloneOrNearlyAloneAreRefused(String text) {
		assertThat(ComplimentRules.isStockPhrase(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Je hield het effect zuiver: achter de vraag om een scootmobiel zag je dat het om gezelschap ging.",
			"Goed gedaan: de kostenvergelijking met de dreigende huisuitzetting overtuigde de wethouder.",
			"You kept the goal apart from the means and checked the law's purpose first." })
	void specificComplimentsPass(String text) {
		assertThat(ComplimentRules.isStockPhrase(text)).isFalse();
	}

}
