package nl.omgekeerdetoets.cases;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * Step 3, ethics and norms: what the resident really needs, what supports that, whose
 * frame of reference, which values are at stake, the effects of the intended decision,
 * and whether the consultant is impartial.
 */
class EthicsStepForm implements StepForm {

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String realNeed;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String observations;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String frameOfReference;

	private Set<Choices.Value> valuesAtStake = EnumSet.noneOf(Choices.Value.class);

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String valuesNote;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String effectsShortTerm;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String effectsLongTerm;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String directorPerspective;

	private Boolean impartial;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String impartialityNote;

	private long version;

	static EthicsStepForm from(CaseFile c) {
		EthicsStepForm form = new EthicsStepForm();
		form.realNeed = c.getRealNeed();
		form.observations = c.getObservations();
		form.frameOfReference = c.getFrameOfReference();
		form.valuesAtStake.addAll(c.getValuesAtStake());
		form.valuesNote = c.getValuesNote();
		form.effectsShortTerm = c.getEffectsShortTerm();
		form.effectsLongTerm = c.getEffectsLongTerm();
		form.directorPerspective = c.getDirectorPerspective();
		form.impartial = c.getImpartial();
		form.impartialityNote = c.getImpartialityNote();
		form.version = c.getVersion();
		return form;
	}

	@Override
	public Step step() {
		return Step.ETHICS;
	}

	@Override
	public void applyTo(CaseFile c) {
		c.saveEthicsStep(StepForm.clean(this.realNeed), StepForm.clean(this.observations),
				StepForm.clean(this.frameOfReference), this.valuesAtStake, StepForm.clean(this.valuesNote),
				StepForm.clean(this.effectsShortTerm), StepForm.clean(this.effectsLongTerm),
				StepForm.clean(this.directorPerspective), this.impartial, StepForm.clean(this.impartialityNote));
	}

	public String getRealNeed() {
		return this.realNeed;
	}

	public void setRealNeed(String realNeed) {
		this.realNeed = realNeed;
	}

	public String getObservations() {
		return this.observations;
	}

	public void setObservations(String observations) {
		this.observations = observations;
	}

	public String getFrameOfReference() {
		return this.frameOfReference;
	}

	public void setFrameOfReference(String frameOfReference) {
		this.frameOfReference = frameOfReference;
	}

	public Set<Choices.Value> getValuesAtStake() {
		return this.valuesAtStake;
	}

	public void setValuesAtStake(Set<Choices.Value> valuesAtStake) {
		this.valuesAtStake = (valuesAtStake != null) ? valuesAtStake : EnumSet.noneOf(Choices.Value.class);
	}

	public String getValuesNote() {
		return this.valuesNote;
	}

	public void setValuesNote(String valuesNote) {
		this.valuesNote = valuesNote;
	}

	public String getEffectsShortTerm() {
		return this.effectsShortTerm;
	}

	public void setEffectsShortTerm(String effectsShortTerm) {
		this.effectsShortTerm = effectsShortTerm;
	}

	public String getEffectsLongTerm() {
		return this.effectsLongTerm;
	}

	public void setEffectsLongTerm(String effectsLongTerm) {
		this.effectsLongTerm = effectsLongTerm;
	}

	public String getDirectorPerspective() {
		return this.directorPerspective;
	}

	public void setDirectorPerspective(String directorPerspective) {
		this.directorPerspective = directorPerspective;
	}

	public Boolean getImpartial() {
		return this.impartial;
	}

	public void setImpartial(Boolean impartial) {
		this.impartial = impartial;
	}

	public String getImpartialityNote() {
		return this.impartialityNote;
	}

	public void setImpartialityNote(String impartialityNote) {
		this.impartialityNote = impartialityNote;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
