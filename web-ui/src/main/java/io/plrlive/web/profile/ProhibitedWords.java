package io.plrlive.web.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Words that no display name may contain, read once from {@code prohibited-words.txt}. A
 * word matches on word boundaries of the folded name ({@link LookAlikes}), so that
 * innocent names that merely contain its letters pass; a phrase matches across the
 * spaces, dots or digits between its words.
 */
final class ProhibitedWords {

	private final List<Prohibited> words;

	private ProhibitedWords(List<Prohibited> words) {
		this.words = words;
	}

	/**
	 * The list shipped with PLR Live.
	 * @return the words
	 */
	static ProhibitedWords shipped() {
		try (InputStream in = ProhibitedWords.class.getResourceAsStream("prohibited-words.txt")) {
			if (in == null) {
				throw new IllegalStateException("prohibited-words.txt is missing from the classpath");
			}
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				return of(lines.lines().toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read prohibited-words.txt", ex);
		}
	}

	/**
	 * A list of words, one per line; blank lines and lines starting with {@code #} are
	 * ignored.
	 * @param lines the lines
	 * @return the words
	 */
	static ProhibitedWords of(List<String> lines) {
		return new ProhibitedWords(lines.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.map(LookAlikes::fold)
			.map(String::strip)
			.filter((word) -> !word.isEmpty())
			.distinct()
			.map(Prohibited::new)
			.toList());
	}

	/**
	 * The first prohibited word a name contains.
	 * @param name the name
	 * @return the word as listed (folded), or empty
	 */
	Optional<String> foundIn(String name) {
		String folded = " " + LookAlikes.fold(name).replaceAll(" +", " ") + " ";
		// Letters spaced out ("b a d") read as one word too.
		String joined = " " + folded.replace(" ", "") + " ";
		return this.words.stream()
			.filter((word) -> word.pattern().matcher(folded).find()
					|| (word.text().length() >= 4 && word.pattern().matcher(joined).find()))
			.map(Prohibited::text)
			.findFirst();
	}

	private record Prohibited(String text, Pattern pattern) {

		Prohibited(String text) {
			this(text, Pattern.compile(" " + Pattern.quote(text) + "(?:e?s)? "));
		}

	}

}
