package nl.omgekeerdetoets.cases;

import java.util.Objects;

/**
 * An obstacle met on the way to the solution: of which kind, what happened, and what
 * policy could learn from it. Stored as an element of a JSON array on the case's row
 * ({@link ActionStep}); equal when all its fields are, so that a save that leaves the
 * obstacles as they were does not write them.
 */
class Obstacle {

	private Choices.ObstacleKind kind;

	private String description;

	private String lesson;

	protected Obstacle() {
	}

	Obstacle(Choices.ObstacleKind kind, String description, String lesson) {
		this.kind = kind;
		this.description = description;
		this.lesson = lesson;
	}

	public Choices.ObstacleKind getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	public String getLesson() {
		return this.lesson;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Obstacle that) && this.kind == that.kind
				&& Objects.equals(this.description, that.description) && Objects.equals(this.lesson, that.lesson);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.kind, this.description, this.lesson);
	}

}
