package io.plrlive.contracts.board;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Tests for {@link BoardId}.
 */
class BoardIdTests {

	@ParameterizedTest
	@CsvSource({ "live:12, LIVE, 12", "seasonal:12, SEASONAL, 12", "all-time:3, ALL_TIME, 3",
			"live:9223372036854775807, LIVE, 9223372036854775807" })
	void parsesItsTextForm(String text, BoardKind kind, long scopeId) {
		BoardId id = BoardId.parse(text);
		assertThat(id.kind()).isEqualTo(kind);
		assertThat(id.scopeId()).isEqualTo(scopeId);
		assertThat(id).hasToString(text);
		assertThat(BoardId.parse(id.toString())).isEqualTo(id);
	}

	@Test
	void factoriesMakeTheBoardOfTheirKind() {
		assertThat(BoardId.live(12)).isEqualTo(new BoardId(BoardKind.LIVE, 12)).hasToString("live:12");
		assertThat(BoardId.seasonal(12)).isEqualTo(new BoardId(BoardKind.SEASONAL, 12)).hasToString("seasonal:12");
		assertThat(BoardId.allTime(3)).isEqualTo(new BoardId(BoardKind.ALL_TIME, 3)).hasToString("all-time:3");
		assertThat(BoardId.live(12)).isNotEqualTo(BoardId.seasonal(12));
	}

	@Test
	void scopesOfTheKinds() {
		assertThat(BoardKind.LIVE.scope()).isEqualTo(BoardKind.Scope.COURSE_INSTANCE);
		assertThat(BoardKind.SEASONAL.scope()).isEqualTo(BoardKind.Scope.COURSE_INSTANCE);
		assertThat(BoardKind.ALL_TIME.scope()).isEqualTo(BoardKind.Scope.COURSE);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "live12", "12", "all-time" })
	void rejectsTextWithoutColon(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> BoardId.parse(text))
			.withMessage("Board id '" + text + "' is not of the form kind:scopeId");
	}

	@ParameterizedTest
	@ValueSource(strings = { "weekly:12", "LIVE:12", "all_time:3", ":12", " live:12" })
	void rejectsUnknownKind(String text) {
		String kind = text.substring(0, text.indexOf(':'));
		assertThatIllegalArgumentException().isThrownBy(() -> BoardId.parse(text))
			.withMessage("Unknown board kind '" + kind + "'; expected live, seasonal or all-time");
	}

	@ParameterizedTest
	@ValueSource(strings = { "live:", "live:twelve", "seasonal:12:3", "all-time:3.0", "live:99999999999999999999" })
	void rejectsScopeIdThatIsNotANumber(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> BoardId.parse(text))
			.withMessage("Board id '" + text + "' has no numeric scope id")
			.withCauseInstanceOf(NumberFormatException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "live:0", "seasonal:-4" })
	void rejectsScopeIdThatIsNotPositive(String text) {
		String scopeId = text.substring(text.indexOf(':') + 1);
		assertThatIllegalArgumentException().isThrownBy(() -> BoardId.parse(text))
			.withMessage("scopeId must be positive but was " + scopeId);
	}

	@Test
	void requiresAKind() {
		assertThatNullPointerException().isThrownBy(() -> new BoardId(null, 12)).withMessage("kind");
	}

}
