package nl.omgekeerdetoets.casebook;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a lead writes for a casebook entry. Every field is free text that leaves the team,
 * so every field goes through the personal-data check before it is saved.
 */
class EntryForm {

	@NotBlank(message = "{casebook.entry.title.required}")
	@Size(max = 150, message = "{validation.size}")
	private String title;

	@NotBlank(message = "{casebook.entry.required}")
	@Size(max = 4000, message = "{validation.size}")
	private String situation;

	@NotBlank(message = "{casebook.entry.required}")
	@Size(max = 4000, message = "{validation.size}")
	private String questionAndEffect;

	@NotBlank(message = "{casebook.entry.required}")
	@Size(max = 4000, message = "{validation.size}")
	private String lawsAndGoals;

	@NotBlank(message = "{casebook.entry.required}")
	@Size(max = 4000, message = "{validation.size}")
	private String obstacle;

	@NotBlank(message = "{casebook.entry.required}")
	@Size(max = 4000, message = "{validation.size}")
	private String solutionAndGround;

	@NotBlank(message = "{casebook.entry.required}")
	@Size(max = 4000, message = "{validation.size}")
	private String lesson;

	/**
	 * The entry's version when the form was filled; {@link #NEW} while there was none.
	 */
	private long version = NEW;

	/** The version of a form for an entry that did not exist yet. */
	static final long NEW = -1;

	static EntryForm startFresh(String title) {
		EntryForm form = new EntryForm();
		form.title = title;
		return form;
	}

	static EntryForm from(CasebookEntry entry) {
		EntryForm form = new EntryForm();
		form.title = entry.getTitle();
		form.situation = entry.getSituation();
		form.questionAndEffect = entry.getQuestionAndEffect();
		form.lawsAndGoals = entry.getLawsAndGoals();
		form.obstacle = entry.getObstacle();
		form.solutionAndGround = entry.getSolutionAndGround();
		form.lesson = entry.getLesson();
		form.version = entry.getVersion();
		return form;
	}

	/**
	 * Every free-text field by its name, in the order of the page: what the check reads.
	 */
	Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", this.title);
		texts.put("situation", this.situation);
		texts.put("questionAndEffect", this.questionAndEffect);
		texts.put("lawsAndGoals", this.lawsAndGoals);
		texts.put("obstacle", this.obstacle);
		texts.put("solutionAndGround", this.solutionAndGround);
		texts.put("lesson", this.lesson);
		return texts;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSituation() {
		return this.situation;
	}

	public void setSituation(String situation) {
		this.situation = situation;
	}

	public String getQuestionAndEffect() {
		return this.questionAndEffect;
	}

	public void setQuestionAndEffect(String questionAndEffect) {
		this.questionAndEffect = questionAndEffect;
	}

	public String getLawsAndGoals() {
		return this.lawsAndGoals;
	}

	public void setLawsAndGoals(String lawsAndGoals) {
		this.lawsAndGoals = lawsAndGoals;
	}

	public String getObstacle() {
		return this.obstacle;
	}

	public void setObstacle(String obstacle) {
		this.obstacle = obstacle;
	}

	public String getSolutionAndGround() {
		return this.solutionAndGround;
	}

	public void setSolutionAndGround(String solutionAndGround) {
		this.solutionAndGround = solutionAndGround;
	}

	public String getLesson() {
		return this.lesson;
	}

	public void setLesson(String lesson) {
		this.lesson = lesson;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
