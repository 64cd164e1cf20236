package nl.omgekeerdetoets.review;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases leads proposed for the casebook (the "propose for the casebook" reason of an
 * exemplary case), for the casebook module.
 */
@Service
@Transactional(readOnly = true)
public class CasebookProposals {

	private final ExemplaryCaseRepository exemplary;

	CasebookProposals(ExemplaryCaseRepository exemplary) {
		this.exemplary = exemplary;
	}

	/** The case's proposal, if a lead proposed it for the casebook. */
	public Optional<CasebookProposal> forCase(long caseId) {
		return this.exemplary.findByCaseId(caseId).filter(ExemplaryCase::isProposeCasebook).map(CasebookProposal::of);
	}

	/** The proposals of these teams' cases, newest first. */
	public Page<CasebookProposal> inTeams(Collection<Long> teamIds, Pageable pageable) {
		return teamIds.isEmpty() ? Page.empty(pageable)
				: this.exemplary.findCasebookProposals(teamIds, pageable).map(CasebookProposal::of);
	}

}
