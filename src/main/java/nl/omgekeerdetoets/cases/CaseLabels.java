package nl.omgekeerdetoets.cases;

import java.util.Optional;

import nl.omgekeerdetoets.audit.SubjectLabels;

import org.springframework.stereotype.Component;

/**
 * Names a case in the change history by its reference, for lines recorded by id only,
 * such as an admin's refused attempt to open a case page.
 */
@Component
class CaseLabels implements SubjectLabels {

	private final CaseFileRepository cases;

	CaseLabels(CaseFileRepository cases) {
		this.cases = cases;
	}

	@Override
	public String subjectType() {
		return CaseService.AUDIT_SUBJECT;
	}

	@Override
	public Optional<String> labelOf(long subjectId) {
		return this.cases.findReferenceById(subjectId);
	}

}
