package nl.omgekeerdetoets.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Step 3 as stored: what the resident really needs and what supports that, whose frame of
 * reference, the values at stake, the effects of the intended decision, and whether the
 * consultant is impartial.
 */
@Embeddable
class EthicsStep {

	private String realNeed;

	private String observations;

	private String frameOfReference;

	// An array of the values' names on the case's row: no statement of its own when the
	// case is read.
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Enumerated(EnumType.STRING)
	private Set<Choices.Value> valuesAtStake = EnumSet.noneOf(Choices.Value.class);

	private String valuesNote;

	private String effectsShortTerm;

	private String effectsLongTerm;

	private String directorPerspective;

	private Boolean impartial;

	private String impartialityNote;

	void update(String realNeed, String observations, String frameOfReference, Set<Choices.Value> values,
			String valuesNote, String effectsShortTerm, String effectsLongTerm, String directorPerspective,
			Boolean impartial, String impartialityNote) {
		this.realNeed = realNeed;
		this.observations = observations;
		this.frameOfReference = frameOfReference;
		this.valuesAtStake.clear();
		this.valuesAtStake.addAll(values);
		this.valuesNote = valuesNote;
		this.effectsShortTerm = effectsShortTerm;
		this.effectsLongTerm = effectsLongTerm;
		this.directorPerspective = directorPerspective;
		this.impartial = impartial;
		this.impartialityNote = impartialityNote;
	}

	public String getRealNeed() {
		return this.realNeed;
	}

	public String getObservations() {
		return this.observations;
	}

	public String getFrameOfReference() {
		return this.frameOfReference;
	}

	public Set<Choices.Value> getValuesAtStake() {
		return this.valuesAtStake;
	}

	/**
	 * The values at stake in the method's fixed order, for showing: the set Hibernate
	 * loads keeps no order, so they came out in picking order or worse.
	 */
	public List<Choices.Value> getValuesInOrder() {
		return this.valuesAtStake.stream().sorted().toList();
	}

	public String getValuesNote() {
		return this.valuesNote;
	}

	public String getEffectsShortTerm() {
		return this.effectsShortTerm;
	}

	public String getEffectsLongTerm() {
		return this.effectsLongTerm;
	}

	public String getDirectorPerspective() {
		return this.directorPerspective;
	}

	public Boolean getImpartial() {
		return this.impartial;
	}

	public String getImpartialityNote() {
		return this.impartialityNote;
	}

}
