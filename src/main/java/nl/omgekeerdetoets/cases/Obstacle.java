package nl.omgekeerdetoets.cases;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An obstacle met on the way to the solution: of which kind, what happened, and what
 * policy could learn from it.
 */
@Embeddable
class Obstacle {

	@Enumerated(EnumType.STRING)
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

}
