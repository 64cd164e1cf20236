package nl.omgekeerdetoets.review;

import nl.omgekeerdetoets.cases.ReviewQueue;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The counts in the navigation: cases waiting for a lead's review, and what is new for a
 * consultant. One query per page, for the roles that see them.
 */
@ControllerAdvice
class ReviewNavigation {

	private final ReviewService reviews;

	private final NotificationService notifications;

	ReviewNavigation(ReviewService reviews, NotificationService notifications) {
		this.reviews = reviews;
		this.notifications = notifications;
	}

	/**
	 * The counts, except for a script's request (the autosave sends
	 * {@code X-Requested-With: fetch}), which gets no page to show them on.
	 */
	@ModelAttribute("navCounts")
	NavCounts navCounts(Authentication authentication,
			@RequestHeader(name = "X-Requested-With", required = false) String requestedWith) {
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)
				|| "fetch".equals(requestedWith)) {
			return NavCounts.NONE;
		}
		if (user.is(Role.TEAM_LEAD)) {
			return new NavCounts(this.reviews.queueSize(user), 0);
		}
		if (user.is(Role.CONSULTANT)) {
			return new NavCounts(0, this.notifications.unreadCount(user.id()));
		}
		return NavCounts.NONE;
	}

	/** Cases waiting for review (leads), and unread notifications (consultants). */
	public record NavCounts(long reviewQueue, long unread) {

		static final NavCounts NONE = new NavCounts(0, 0);

		/**
		 * The queue's length as shown: counted up to one past the limit, shown up to it.
		 */
		public long reviewQueueShown() {
			return Math.min(this.reviewQueue, ReviewQueue.COUNT_LIMIT);
		}

		/** Whether more cases wait than {@link #reviewQueueShown()} says. */
		public boolean reviewQueueCapped() {
			return this.reviewQueue > ReviewQueue.COUNT_LIMIT;
		}

	}

}
