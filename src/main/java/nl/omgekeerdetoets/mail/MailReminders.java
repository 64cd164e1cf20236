package nl.omgekeerdetoets.mail;

import java.time.LocalDate;

import nl.omgekeerdetoets.cases.FollowUps;
import nl.omgekeerdetoets.reporting.ReturnDays;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily scan for what nobody's action announces: a follow-up coming due (from the day
 * the start page calls it due) or passed, a return day's follow-up action due in a few
 * days or passed. Each reminder is queued once per person and key (a unique index), so a
 * scan that runs twice, or on two instances, queues it once.
 */
@Component
class MailReminders {

	/** An action is announced this many days before its date. */
	static final int ACTION_NOTICE_DAYS = 3;

	/**
	 * How far back a passed date is still announced: on the first scan after a pause (or
	 * after mails were switched on) nobody gets a flood of old news. Shorter than
	 * {@link MailSettings#keepFor()}, so a key is not forgotten while its date is still
	 * scanned.
	 */
	static final int LOOK_BACK_DAYS = 7;

	private final FollowUps followUps;

	private final ReturnDays returnDays;

	private final MailOutbox outbox;

	MailReminders(FollowUps followUps, ReturnDays returnDays, MailOutbox outbox) {
		this.followUps = followUps;
		this.returnDays = returnDays;
		this.outbox = outbox;
	}

	/**
	 * Queues the reminders of this day.
	 * @return how many were queued now
	 */
	@Transactional
	int queue(LocalDate today) {
		int queued = 0;
		for (FollowUps.Dated followUp : this.followUps.datedBetween(today.minusDays(LOOK_BACK_DAYS),
				today.plusDays(FollowUps.DUE_WINDOW_DAYS))) {
			boolean overdue = followUp.dueOn().isBefore(today);
			String key = "follow-up:" + followUp.caseId() + ":" + followUp.months() + (overdue ? ":overdue" : ":due");
			queued += this.outbox.remind(followUp.ownerId(), MailKind.FOLLOW_UP_DUE, followUp.caseId(),
					followUp.reference(), followUp.dueOn(), overdue, key) ? 1 : 0;
		}
		for (ReturnDays.DueAction action : this.returnDays.openActionsDueBetween(today.minusDays(LOOK_BACK_DAYS),
				today.plusDays(ACTION_NOTICE_DAYS))) {
			boolean overdue = action.dueOn().isBefore(today);
			String key = "action:" + action.id() + (overdue ? ":overdue" : ":due");
			queued += this.outbox.remind(action.ownerId(), MailKind.ACTION_DUE, null, null, action.dueOn(), overdue,
					key) ? 1 : 0;
		}
		return queued;
	}

}
