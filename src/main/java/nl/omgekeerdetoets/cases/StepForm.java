package nl.omgekeerdetoets.cases;

/**
 * The form of one step. It is filled from the case ({@code from}) and applied back to it;
 * the case's version travels with it so that a concurrent edit is noticed.
 */
interface StepForm {

	Step step();

	long getVersion();

	void setVersion(long version);

	void applyTo(CaseFile caseFile);

	/** Text that is blank after trimming is stored as nothing. */
	static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
