package nl.omgekeerdetoets.cases;

import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a page needs to show a case's four steps read-only (templates {@code cases/view}):
 * the case page, and the review page of the review capability.
 */
@Component
public class CaseViews {

	private final LawLibrary library;

	private final StepGaps gaps;

	private final CaseService cases;

	CaseViews(CaseService cases, LawLibrary library, StepGaps gaps) {
		this.cases = cases;
		this.library = library;
		this.gaps = gaps;
	}

	/**
	 * Adds a case's four steps, read-only, for someone who may read it (anyone else gets
	 * a 404; the read is recorded), and answers what else the page may know of the case.
	 */
	public CaseSummary addTo(Model model, long caseId, SignedInUser user) {
		CaseFile caseFile = this.cases.read(caseId, user);
		addTo(model, caseFile);
		return CaseSummary.of(caseFile);
	}

	void addTo(Model model, CaseFile caseFile) {
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("steps", Step.values());
		model.addAttribute("goals", this.library.goalsByIds(caseFile.getLaw().getGoalIds()));
		model.addAttribute("costs", CostComparison.of(caseFile.getAction().getCosts()));
		model.addAttribute("stepsComplete", this.gaps.progress(caseFile));
	}

}
