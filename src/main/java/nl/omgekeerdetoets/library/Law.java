package nl.omgekeerdetoets.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A law in the library, with the goals it serves (its "grondwaarden"). Never deleted:
 * cases refer to it, so a law that no longer applies is retired instead.
 */
@Entity
class Law {

	static final Comparator<LawGoal> GOAL_ORDER = Comparator.comparingInt(LawGoal::getPosition)
		.thenComparing(LawGoal::getId, Comparator.nullsLast(Comparator.naturalOrder()));

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String purpose;

	private boolean active = true;

	private int position;

	private Instant createdAt = Instant.now();

	@OneToMany(mappedBy = "law")
	@OrderBy("position, id")
	private List<LawGoal> goals = new ArrayList<>();

	@Version
	private long version;

	protected Law() {
	}

	Law(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	/** What the law is for, in a sentence or two; may be empty. */
	public String getPurpose() {
		return this.purpose;
	}

	/** Whether consultants can still pick this law for a case. */
	public boolean isActive() {
		return this.active;
	}

	public int getPosition() {
		return this.position;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * All goals, retired ones included, ordered by position. Only loaded where the query
	 * that found this law says so (see {@link LawLibrary}).
	 */
	public List<LawGoal> getGoals() {
		return this.goals.stream().sorted(GOAL_ORDER).toList();
	}

	/** The goals a consultant can still pick, ordered by position. */
	public List<LawGoal> getActiveGoals() {
		return this.goals.stream().filter(LawGoal::isActive).sorted(GOAL_ORDER).toList();
	}

	void update(String name, String purpose, int position, boolean active) {
		this.name = name;
		this.purpose = purpose;
		this.position = position;
		this.active = active;
	}

	LawGoal addGoal(String description, String articleReference, int position) {
		LawGoal goal = new LawGoal(this, description, articleReference, position);
		this.goals.add(goal);
		return goal;
	}

	/** The position that puts a new goal after the existing ones. */
	int nextGoalPosition() {
		return this.goals.stream().mapToInt(LawGoal::getPosition).max().orElse(0) + 10;
	}

}
