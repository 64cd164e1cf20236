package nl.omgekeerdetoets.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The difference between two texts word by word: what stayed, what was deleted and what
 * was inserted, in reading order. A punctuation mark counts as a word of its own. Words
 * and the white space between them are compared as they are, so the parts put together
 * again give the old and the new text.
 */
final class WordDiff {

	/** A word (letters and digits), a run of white space, or one other character. */
	private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|\\S");

	private WordDiff() {
	}

	/** The parts of the difference from {@code before} to {@code after}. */
	static List<Part> between(String before, String after) {
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		List<Part> raw = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
			add(raw, Part.Kind.SAME, from.subList(position, delta.getSource().getPosition()));
			add(raw, Part.Kind.DELETED, delta.getSource().getLines());
			add(raw, Part.Kind.INSERTED, delta.getTarget().getLines());
			position = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(raw, Part.Kind.SAME, from.subList(position, from.size()));
		return joinChanges(raw);
	}

	/**
	 * Reads as people edit: "niet meer" replaced by "alleen met haar dochter" rather than
	 * word for word, with the spaces between them matched. A run of changes with nothing
	 * but white space between them becomes one deletion and one insertion.
	 */
	private static List<Part> joinChanges(List<Part> raw) {
		List<Part> parts = new ArrayList<>();
		List<Part> run = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			Part part = raw.get(i);
			boolean between = !run.isEmpty() && part.same() && part.text().isBlank() && i + 1 < raw.size()
					&& !raw.get(i + 1).same();
			if (!part.same() || between) {
				run.add(part);
			}
			else {
				flush(parts, run);
				add(parts, part.kind(), List.of(part.text()));
			}
		}
		flush(parts, run);
		return parts;
	}

	private static void flush(List<Part> parts, List<Part> run) {
		StringBuilder deleted = new StringBuilder();
		StringBuilder inserted = new StringBuilder();
		for (Part part : run) {
			if (!part.inserted()) {
				deleted.append(part.text());
			}
			if (!part.deleted()) {
				inserted.append(part.text());
			}
		}
		if (deleted.toString().isBlank() || inserted.toString().isBlank()) {
			// Only deleted or only inserted words: keep the spaces between them as they
			// were.
			run.forEach((part) -> add(parts, part.kind(), List.of(part.text())));
		}
		else {
			// White space both end with stays outside, as it was.
			String trailing = deleted.substring(deleted.toString().stripTrailing().length());
			int kept = inserted.toString().endsWith(trailing) ? trailing.length() : 0;
			add(parts, Part.Kind.DELETED, List.of(deleted.substring(0, deleted.length() - kept)));
			add(parts, Part.Kind.INSERTED, List.of(inserted.substring(0, inserted.length() - kept)));
			add(parts, Part.Kind.SAME, List.of(trailing.substring(trailing.length() - kept)));
		}
		run.clear();
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text != null) {
			Matcher matcher = TOKEN.matcher(text);
			while (matcher.find()) {
				tokens.add(matcher.group());
			}
		}
		return tokens;
	}

	/**
	 * Adds these tokens as one part, joined to the part before when it is of the same
	 * kind.
	 */
	private static void add(List<Part> parts, Part.Kind kind, List<String> tokens) {
		String text = String.join("", tokens);
		if (text.isEmpty()) {
			return;
		}
		Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
		if (last != null && last.kind() == kind) {
			parts.set(parts.size() - 1, new Part(kind, last.text() + text));
		}
		else {
			parts.add(new Part(kind, text));
		}
	}

	/**
	 * A run of text that stayed, was deleted or was inserted.
	 *
	 * @param kind which of the three
	 * @param text the words, with the white space between them
	 */
	record Part(Kind kind, String text) {

		public boolean deleted() {
			return this.kind == Kind.DELETED;
		}

		public boolean inserted() {
			return this.kind == Kind.INSERTED;
		}

		public boolean same() {
			return this.kind == Kind.SAME;
		}

		enum Kind {

			SAME, DELETED, INSERTED

		}

	}

}
