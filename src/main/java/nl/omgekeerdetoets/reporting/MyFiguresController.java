package nl.omgekeerdetoets.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A consultant's own figures: what the lead's overview shows, of their own cases only,
 * with their open work held against the team's workable caseload. The period is chosen as
 * on the overview; there is no choice of team.
 */
@Controller
class MyFiguresController {

	private final OverviewService overviews;

	private final OverviewCharts charts;

	private final Clock clock;

	MyFiguresController(OverviewService overviews, OverviewCharts charts, Clock clock) {
		this.overviews = overviews;
		this.charts = charts;
		this.clock = clock;
	}

	@GetMapping("/my-figures")
	String figures(@ModelAttribute("filter") OverviewFilter filter, BindingResult result,
			@AuthenticationPrincipal SignedInUser consultant, Locale locale, Model model) {
		// Only the period counts here: a consultant's figures are of their own team.
		filter.setTeam(null);
		filter.check(result);
		if (result.hasErrors()) {
			return "reporting/mine";
		}
		filter.complete(LocalDate.now(this.clock));
		Overview overview = this.overviews.own(consultant, filter.getFrom(), filter.getTo(), LocalDate.now(this.clock),
				filter.getKind());
		model.addAllAttributes(this.charts.model(overview, locale));
		model.addAttribute("mine", true);
		return "reporting/mine";
	}

}
