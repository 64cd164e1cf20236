package nl.omgekeerdetoets.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.shared.NoBsn;

import org.springframework.ui.Model;

/**
 * Step 3, ethics and norms: what the resident really needs, what supports that, whose
 * frame of reference, which values are at stake, the effects of the intended decision,
 * and whether the consultant is impartial.
 */
class EthicsStepForm extends StepForm {

	static final List<StepField> FIELDS = List.of(StepField.of("realNeed", "ethics.realNeed"),
			StepField.of("observations", "ethics.observations"),
			StepField.of("frameOfReference", "ethics.frameOfReference"),
			StepField.group("valuesAtStake", "ethics.values", "valuesAtStake", "valuesAtStake", "valuesNote"),
			StepField.of("effectsShortTerm", "ethics.effectsShortTerm"),
			StepField.of("effectsLongTerm", "ethics.effectsLongTerm"),
			StepField.of("directorPerspective", "ethics.directorPerspective"),
			StepField.group("impartial", "ethics.impartial", "impartial", "impartial", "impartialityNote"));

	@NotBlank(groups = Complete.class, message = "{gap.realNeed}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String realNeed;

	@NotBlank(groups = Complete.class, message = "{gap.observations}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String observations;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String frameOfReference;

	@NotEmpty(groups = Complete.class, message = "{gap.values}")
	private Set<Choices.Value> valuesAtStake = EnumSet.noneOf(Choices.Value.class);

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String valuesNote;

	@NotBlank(groups = Complete.class, message = "{gap.effectsShortTerm}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String effectsShortTerm;

	@NotBlank(groups = Complete.class, message = "{gap.effectsLongTerm}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String effectsLongTerm;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String directorPerspective;

	@NotNull(groups = Complete.class, message = "{gap.impartial}")
	private Boolean impartial;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String impartialityNote;

	@Override
	void load(CaseFile caseFile) {
		EthicsStep step = caseFile.getEthics();
		this.realNeed = step.getRealNeed();
		this.observations = step.getObservations();
		this.frameOfReference = step.getFrameOfReference();
		this.valuesAtStake.addAll(step.getValuesAtStake());
		this.valuesNote = step.getValuesNote();
		this.effectsShortTerm = step.getEffectsShortTerm();
		this.effectsLongTerm = step.getEffectsLongTerm();
		this.directorPerspective = step.getDirectorPerspective();
		this.impartial = step.getImpartial();
		this.impartialityNote = step.getImpartialityNote();
	}

	@Override
	void addOptions(Model model, LawLibrary library) {
		model.addAttribute("valueOptions", Choices.Value.values());
	}

	@Override
	Step step() {
		return Step.ETHICS;
	}

	@Override
	List<StepField> fields() {
		return FIELDS;
	}

	@Override
	void applyTo(CaseFile caseFile) {
		caseFile.getEthics()
			.update(this.realNeed, this.observations, this.frameOfReference, this.valuesAtStake, this.valuesNote,
					this.effectsShortTerm, this.effectsLongTerm, this.directorPerspective, this.impartial,
					this.impartialityNote);
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

}
