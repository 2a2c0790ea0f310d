package io.plrlive.web.profile;

import java.util.Optional;

/**
 * The rules a display name follows (product rules, "Display names and privacy"): 1 to 30
 * characters after trimming, no control characters, no markup, no prohibited word.
 * Uniqueness within the course instance is the database's part.
 */
final class DisplayNameRules {

	static final int MAX_LENGTH = 30;

	private final ProhibitedWords prohibited;

	DisplayNameRules(ProhibitedWords prohibited) {
		this.prohibited = prohibited;
	}

	/**
	 * Why a name is refused.
	 * @param trimmed the name, trimmed
	 * @return the reason to show, or empty when the name is fine
	 */
	Optional<String> refusal(String trimmed) {
		if (trimmed.isEmpty()) {
			return Optional.of("A display name needs at least one character.");
		}
		if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
			return Optional.of("A display name has at most " + MAX_LENGTH + " characters.");
		}
		if (trimmed.codePoints().anyMatch(DisplayNameRules::isControl)) {
			return Optional.of("A display name cannot contain control characters.");
		}
		if (trimmed.contains("<") || trimmed.contains(">")) {
			return Optional.of("A display name cannot contain < or >.");
		}
		return this.prohibited.foundIn(trimmed)
			.map((word) -> "That name contains a word that is not allowed on the boards. Please pick another.");
	}

	private static boolean isControl(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

}
