package io.plrlive.web.profile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Folds a name to the plain lower-case letters it looks like, so that prohibited words
 * are found however they are disguised: accents, full-width and other compatibility
 * forms, Cyrillic and Greek letters that look Latin, and digits or symbols standing for
 * letters ({@code 0} for o, {@code 3} for e, {@code @} for a, ...).
 */
final class LookAlikes {

	private static final Map<Character, Character> SUBSTITUTES = Map.ofEntries(Map.entry('0', 'o'), Map.entry('1', 'i'),
			Map.entry('!', 'i'), Map.entry('|', 'l'), Map.entry('3', 'e'), Map.entry('4', 'a'), Map.entry('@', 'a'),
			Map.entry('5', 's'), Map.entry('$', 's'), Map.entry('7', 't'), Map.entry('+', 't'), Map.entry('8', 'b'),
			Map.entry('9', 'g'),
			// Cyrillic
			Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('е', 'e'), Map.entry('ё', 'e'), Map.entry('к', 'k'),
			Map.entry('м', 'm'), Map.entry('н', 'h'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
			Map.entry('т', 't'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ѕ', 's'),
			// Greek
			Map.entry('α', 'a'), Map.entry('β', 'b'), Map.entry('ε', 'e'), Map.entry('ι', 'i'), Map.entry('κ', 'k'),
			Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'), Map.entry('τ', 't'), Map.entry('υ', 'u'),
			Map.entry('χ', 'x'));

	private LookAlikes() {
	}

	/**
	 * The letters a text looks like; every other character becomes a space, which
	 * separates words.
	 * @param text the text
	 * @return lower-case a–z and spaces
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			char substitute = SUBSTITUTES.getOrDefault(c, c);
			folded.append((substitute >= 'a' && substitute <= 'z') ? substitute : ' ');
		}
		return folded.toString();
	}

}
