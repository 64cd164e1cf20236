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
import jakarta.persistence.Version;

/**
 * A law and what it is for: its purpose and its goals. Laws and goals are retired, never
 * deleted, because cases refer to them.
 */
@Entity
public class Law {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String purpose;

	private boolean active = true;

	private int position;

	private Instant createdAt = Instant.now();

	@OneToMany(mappedBy = "law")
	private List<LawGoal> goals = new ArrayList<>();

	@Version
	private long version;

	protected Law() {
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getPosition() {
		return this.position;
	}

	public long getVersion() {
		return this.version;
	}

	/** All goals, retired ones included, in their order. */
	public List<LawGoal> getGoals() {
		return this.goals.stream().sorted(Comparator.comparingInt(LawGoal::getPosition)).toList();
	}

	/** The goals a consultant can still choose. */
	public List<LawGoal> getActiveGoals() {
		return getGoals().stream().filter(LawGoal::isActive).toList();
	}

}
