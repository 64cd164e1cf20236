package nl.omgekeerdetoets.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what, when. Callers pass references and short labels (a team name, a
 * case reference), never case text: the log must not become a second copy of the
 * casework.
 */
@Service
public class AuditLog {

	/** The actor recorded when the system itself acts, e.g. at start-up. */
	public static final String SYSTEM = "system";

	private final AuditEventRepository events;

	private final Clock clock;

	private final List<SubjectLabels> labels;

	AuditLog(AuditEventRepository events, Clock clock, List<SubjectLabels> labels) {
		this.events = events;
		this.clock = clock;
		this.labels = labels;
	}

	/**
	 * Records an action by the signed-in user, in the caller's transaction so it stands
	 * or falls with the change.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String subjectType, Long subjectId, String subjectLabel, String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), currentActor(), action, subjectType, subjectId,
				subjectLabel, truncate(detail, 500)));
	}

	/** Records an event as it happened, by whom it says, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditableEvent event) {
		this.events.save(new AuditEvent(event.occurredAt(), event.actor(), event.action(), event.subjectType(),
				event.subjectId(), event.subjectLabel(), truncate(event.detail(), 500)));
	}

	/**
	 * Records an attempt that was refused, such as asking for a record one may not see.
	 * It commits on its own, because the refusal rolls back the caller's work; callers
	 * record after their own transaction ended, so this never needs a second connection.
	 * The line names what was attempted: the subject's own label where its module knows
	 * the record (a case's reference), otherwise the given one, such as the path asked
	 * for; never case text.
	 * @param action what was refused, e.g. {@code CASE_ACCESS_REFUSED}
	 * @param subjectType the kind of record or {@code PAGE}
	 * @param subjectId the record, or null
	 * @param fallbackLabel the label when the record has none of its own, or null
	 * @param detail a technical detail, or null
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(String action, String subjectType, Long subjectId, String fallbackLabel, String detail) {
		String label = labelOf(subjectType, subjectId).orElse(fallbackLabel);
		this.events.save(new AuditEvent(this.clock.instant(), currentActor(), action, subjectType, subjectId,
				truncate(label, 200), truncate(detail, 500)));
	}

	private Optional<String> labelOf(String subjectType, Long subjectId) {
		if (subjectId == null) {
			return Optional.empty();
		}
		return this.labels.stream()
			.filter((known) -> known.subjectType().equals(subjectType))
			.findFirst()
			.flatMap((known) -> known.labelOf(subjectId));
	}

	/**
	 * A page of the history, newest first, without counting it: a big city's history
	 * holds millions of events (11 million beside a million cases), and counting them
	 * read them all on every page (0.4 s). The page knows whether another follows, as a
	 * case list past its count does; its total is what has been seen so far.
	 */
	@Transactional(readOnly = true)
	Page<AuditEvent> search(String subjectType, String actor, Pageable pageable) {
		Slice<AuditEvent> slice = this.events.search(subjectType == null ? "" : subjectType, actor == null ? "" : actor,
				pageable);
		return new PageImpl<>(slice.getContent(), pageable,
				pageable.getOffset() + slice.getNumberOfElements() + (slice.hasNext() ? 1 : 0));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> historyOf(String subjectType, long subjectId, Pageable pageable) {
		return this.events.findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(subjectType, subjectId, pageable)
			.map(AuditEntry::of);
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : SYSTEM;
	}

	private static String truncate(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length - 3) + "...";
	}

}
