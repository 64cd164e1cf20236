package nl.omgekeerdetoets.cases;

import nl.omgekeerdetoets.library.LawLibrary;

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

	CaseViews(LawLibrary library, StepGaps gaps) {
		this.library = library;
		this.gaps = gaps;
	}

	public void addTo(Model model, CaseFile caseFile) {
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("steps", Step.values());
		model.addAttribute("goals", this.library.goalsByIds(caseFile.getLaw().getGoalIds()));
		model.addAttribute("costs", CostComparison.of(caseFile.getAction().getCosts()));
		model.addAttribute("stepsComplete", this.gaps.progress(caseFile));
	}

}
