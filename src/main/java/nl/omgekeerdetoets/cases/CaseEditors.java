package nl.omgekeerdetoets.cases;

/**
 * Who saved a step of a case (or opened it): maker is not checker. A fragment of
 * {@link CaseFileRepository}, written with plain JDBC: a native JPA query would flush the
 * persistence context first and cost a step save a tenth of its time (issue 13).
 */
interface CaseEditors {

	/** Records that this person worked on the case; once per person. */
	void addEditor(long caseId, long accountId);

}
