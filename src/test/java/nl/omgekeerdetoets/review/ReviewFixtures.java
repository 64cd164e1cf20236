package nl.omgekeerdetoets.review;

import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.boot.test.context.TestComponent;

/**
 * Review decisions for tests outside this package, made through the app's own service.
 */
@TestComponent
public class ReviewFixtures {

	private final ReviewService reviews;

	ReviewFixtures(ReviewService reviews) {
		this.reviews = reviews;
	}

	/** The lead sends the case back to its consultant, ending a review round. */
	public void askForChanges(long caseId, SignedInUser lead) {
		this.reviews.decide(caseId, lead, ReviewDecision.Kind.CHANGES_REQUESTED, "Beschrijf wat u zag.");
	}

}
