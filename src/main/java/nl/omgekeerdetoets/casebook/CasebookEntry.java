package nl.omgekeerdetoets.casebook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A case as the casebook tells it: anonymised text a lead wrote, checked for personal
 * data. Its costs and effects are not here: they are read from the case's own records.
 */
@Entity
class CasebookEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Null once retention deleted the case: the anonymised text outlives it. */
	private Long caseId;

	private long teamId;

	private long authorId;

	private String title;

	private String situation;

	@Column(name = "question_and_effect")
	private String questionAndEffect;

	private String lawsAndGoals;

	private String obstacle;

	private String solutionAndGround;

	private String lesson;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected CasebookEntry() {
	}

	CasebookEntry(long caseId, long teamId, long authorId, Instant now) {
		this.caseId = caseId;
		this.teamId = teamId;
		this.authorId = authorId;
		this.createdAt = now;
	}

	void write(EntryForm form, long authorId, Instant now) {
		this.title = form.getTitle();
		this.situation = form.getSituation();
		this.questionAndEffect = form.getQuestionAndEffect();
		this.lawsAndGoals = form.getLawsAndGoals();
		this.obstacle = form.getObstacle();
		this.solutionAndGround = form.getSolutionAndGround();
		this.lesson = form.getLesson();
		this.authorId = authorId;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public long getTeamId() {
		return this.teamId;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSituation() {
		return this.situation;
	}

	public String getQuestionAndEffect() {
		return this.questionAndEffect;
	}

	public String getLawsAndGoals() {
		return this.lawsAndGoals;
	}

	public String getObstacle() {
		return this.obstacle;
	}

	public String getSolutionAndGround() {
		return this.solutionAndGround;
	}

	public String getLesson() {
		return this.lesson;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
